import { describe, expect, it } from 'vitest';
import { evaluateConfiguration } from '../../src/domain/engine/evaluate';
import type { Configuration } from '../../src/domain/configuration';
import { describeViolation } from '../../src/domain/violation-text';
import defaultCatalogJson from '../../public/catalogs/2026-11.json';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../fixtures/catalogs';

const sentences = (catalog = defaultCatalog(), items: [string, number][], requirements: string[] = [], lang: 'fr' | 'en' = 'fr') => {
  const configuration: Configuration = { catalog: catalog.version, items: items.map(([module, quantity]) => ({ module, quantity })), termMonths: 1, requirements, salesDiscountBp: 0 };
  return evaluateConfiguration(catalog, configuration).violations.map((v) => describeViolation(catalog, configuration, v, lang));
};

describe('one sentence per broken rule', () => {
  it('uses the rule message the catalog gives', () => {
    expect(sentences(undefined, [['outscale-storage', 100]])).toEqual(['Les volumes Outscale s’attachent à des machines virtuelles Outscale.']);
  });

  it('writes its own sentence for a requires without message, in French and English', () => {
    expect(sentences(undefined, [['wallix-authenticator', 25]])).toEqual(['WALLIX Authenticator (MFA) nécessite WALLIX Trustelem (authentification unique).']);
    expect(sentences(undefined, [['wallix-authenticator', 25]], [], 'en')).toEqual(['WALLIX Authenticator (MFA) requires WALLIX Trustelem (single sign-on).']);
  });

  it('names the modules of a one-module drawer chosen together', () => {
    expect(sentences(undefined, [['cryptpad-team', 25], ['cryptpad-enterprise', 100]])).toEqual([
      'Le tiroir «\u00A0Suite bureautique\u00A0» n’accepte qu’un module\u202F; vous en avez choisi plusieurs\u00A0: CryptPad Équipe et CryptPad Entreprise.',
    ]);
  });

  it('names the modules that lack a demanded qualification', () => {
    expect(sentences(undefined, [['clever-cloud-app', 2], ['datakeen-documents', 5]], ['secnumcloud'])).toEqual([
      'Vous exigez SecNumCloud, que n’ont pas\u00A0: Clever Cloud Applications et Datakeen Lecture de documents.',
    ]);
  });

  it('gives the bounds a quantity rule sets, after its message', () => {
    expect(sentences(undefined, [['outscale-vm', 2], ['outscale-storage', 100], ['outscale-backup', 10]])).toEqual([
      'La sauvegarde doit couvrir au moins 1,25\u00A0fois le stockage bloc. La quantité d’Outscale Sauvegarde doit être d’au moins 125\u202F; elle est de 10.',
    ]);
    expect(sentences(undefined, [['wallix-trustelem', 10], ['wallix-authenticator', 25]], [], 'en')).toEqual([
      'No more MFA licences than Trustelem users. The quantity of WALLIX Authenticator (MFA) must be at most 10; it is 25.',
    ]);
  });

  it('gives the bound a buyer can type, on the module\'s step: 1,25 × 110 = 137,5, so at least 140 for backup sold by 5, as the repair proposes', () => {
    expect(sentences(undefined, [['outscale-vm', 2], ['outscale-storage', 110], ['outscale-backup', 10]])).toEqual([
      'La sauvegarde doit couvrir au moins 1,25\u00A0fois le stockage bloc. La quantité d’Outscale Sauvegarde doit être d’au moins 140\u202F; elle est de 10.',
    ]);
  });

  it('says when no quantity of the module can meet the bound: SSO sold up to 10 000 users under 10 001 mailboxes', () => {
    const json = structuredClone(defaultCatalogJson) as { modules: { id: string; quantity: { max: number } }[] };
    const sso = json.modules.find((m) => m.id === 'wallix-trustelem');
    if (sso) sso.quantity.max = 10_000;
    const catalog = validCatalog(json);
    expect(sentences(catalog, [['wallix-trustelem', 25], ['alinto-mail-essential', 10_001]])[0]).toMatch(
      /La quantité de WALLIX Trustelem \(authentification unique\) doit être d’au moins 10\u202F001\u202F; elle est de 25, et ce module s’arrête à 10\u202F000\.$/,
    );
    expect(sentences(catalog, [['wallix-trustelem', 25], ['alinto-mail-essential', 10_001]], [], 'en')[0]).toMatch(
      /The quantity of WALLIX Trustelem \(single sign-on\) must be at least 10,001; it is 25, and this module goes up to 10,000 only\.$/,
    );
  });

  it('formats the quantities of a quantity rule for the language', () => {
    expect(sentences(undefined, [['outscale-vm', 2], ['outscale-storage', 10_000], ['outscale-backup', 10]])).toEqual([
      'La sauvegarde doit couvrir au moins 1,25\u00A0fois le stockage bloc. La quantité d’Outscale Sauvegarde doit être d’au moins 12\u202F500\u202F; elle est de 10.',
    ]);
    expect(sentences(undefined, [['outscale-vm', 2], ['outscale-storage', 10_000], ['outscale-backup', 10]], [], 'en')).toEqual([
      'Backup must cover at least 1.25 times the block storage. The quantity of Outscale Backup must be at least 12,500; it is 10.',
    ]);
  });

  it('lists an excludes without message by its selected modules', () => {
    const catalog = validCatalog(aCatalogInput([aModule('m1'), aModule('m2'), aModule('m3')], [{ id: 'r', type: 'excludes', modules: ['m1', 'm2', 'm3'] }]));
    expect(sentences(catalog, [['m1', 1], ['m3', 1]])).toEqual(['Module m1 et Module m3 ne peuvent pas être pris ensemble.']);
  });
});
