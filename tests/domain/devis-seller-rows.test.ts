import { describe, expect, it } from 'vitest';
import { devisSellerRows, sellerLegalMentions } from '../../src/domain/devis-seller-rows';
import { parseCatalog } from '../../src/domain/catalog';
import { aDevis } from './devis-fixtures';
import { aCatalogInput, aModule } from '../fixtures/catalogs';

const withSeller = (extra: { legalForm?: string; shareCapital?: number; registry?: string }, lang: 'fr' | 'en' = 'fr') => {
  const devis = aDevis({ lang });
  const { name, siren, vatNumber, address, email } = devis.seller;
  return { ...devis, seller: { name, siren, vatNumber, address, email, ...extra } };
};
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the seller’s legal mentions (Code de commerce R123-237), each printed when the catalog gives it', () => {
  it.each([
    [{ legalForm: 'SAS', shareCapital: 1000000, registry: 'RCS Montpellier' }, 'fr', 'SAS au capital de 10 000,00 € — RCS Montpellier'],
    [{ legalForm: 'SAS', shareCapital: 1000000, registry: 'RCS Montpellier' }, 'en', 'SAS with a share capital of €10,000.00 — RCS Montpellier'],
    [{ legalForm: 'SARL' }, 'fr', 'SARL'],
    [{ shareCapital: 150050 }, 'fr', 'au capital de 1 500,50 €'],
    [{ registry: 'RCS Paris' }, 'fr', 'RCS Paris'],
    [{}, 'fr', ''],
  ] as const)('%j in %s: « %s »', (extra, lang, printed) => {
    expect(spaced(sellerLegalMentions(withSeller(extra, lang)))).toBe(printed);
  });

  it('makes no row of mentions when the catalog gives none, and prints the SIREN grouped', () => {
    expect(devisSellerRows(withSeller({})).map((row) => row.label)).toEqual(['Vendeur', 'Adresse du vendeur', 'SIREN', 'N° de TVA intracommunautaire', 'E-mail']);
    expect(devisSellerRows(withSeller({})).find((row) => row.label === 'SIREN')?.value).toBe('900\u00a0000\u00a0001');
  });
});

describe('the catalog’s seller extensions', () => {
  const withSellerField = (field: string, value: unknown) => {
    const input = aCatalogInput([aModule('m1'), aModule('m2', { drawer: 'b' }), aModule('m3', { drawer: 'c' })]);
    return parseCatalog({ ...input, seller: { ...input.seller, [field]: value } });
  };
  it.each([
    ['shareCapital', 10.5, 'seller.shareCapital'],
    ['shareCapital', -100, 'seller.shareCapital'],
    ['legalForm', '', 'seller.legalForm'],
    ['registry', 7, 'seller.registry'],
  ])('refuses %s = %j, naming %s', (field, value, path) => {
    const parsed = withSellerField(field, value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((problem) => problem.path)).toEqual([path]);
  });
  it('accepts them, as integer cents for the capital', () => {
    expect(withSellerField('shareCapital', 3700000).ok).toBe(true);
  });
});
