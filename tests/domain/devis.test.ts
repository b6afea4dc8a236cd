import { describe, expect, it } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { devisTotalSections } from '../../src/domain/devis-rows';
import { devisWording } from '../../src/domain/devis-wording';
import { localise } from '../../src/domain/language';
import { defaultCatalog } from '../fixtures/catalogs';
import { aDevis, quoteOf, SHARE_LINK, DEVIS_CUSTOMER } from './devis-fixtures';
import { LARGEST_BUNDLE } from './share-bundles';

const catalog = defaultCatalog();
const quote = quoteOf(catalog, LARGEST_BUNDLE);

describe('the devis carries every mention a French quote must carry', () => {
  const devis = aDevis();

  it('is a "Devis" with its number, date of issue and validity date (catalog quoteValidityDays)', () => {
    expect(devis.wording.title).toBe('Devis');
    expect(devis.number).toBe('CN-20261128-E4C8D9E0');
    expect(devis.issuedOn).toBe('2026-11-28');
    expect(devis.validityDays).toBe(30);
    expect(devis.validUntil).toBe('2026-12-28');
    expect(devis.catalogRevision).toBe('2026-11');
  });

  it('names the seller from the catalog: name, SIREN, VAT number, address, legal form, share capital and registry', () => {
    expect(devis.seller).toEqual({
      name: 'CollabNext (consortium mené par Jamespot) — identité de démonstration', siren: '900000001', vatNumber: 'FR68900000001',
      address: '1 rue de la Démonstration, 34000 Montpellier, France', email: 'devis@collabnext.example',
      legalForm: 'SAS', shareCapital: 1000000, registry: 'RCS Montpellier',
    });
  });

  it('carries the customer details as typed', () => {
    expect(devis.customer).toEqual(DEVIS_CUSTOMER);
    expect(devis.missingCustomerFields).toEqual([]);
  });

  it('has one recurring line per module with description, vendor, quantity, unit, unit price HT and amount HT', () => {
    expect(devis.recurring.lines).toHaveLength(LARGEST_BUNDLE.items.length);
    expect(devis.recurring.lines[0]).toEqual({
      module: 'alinto-mail-essential', description: 'Alinto Messagerie Essentielle', vendor: 'Alinto', quantity: 250, unit: 'utilisateurs',
      unitPrice: 300, amount: 75000, tiers: [], illustrative: true,
    });
    const cellar = devis.recurring.lines.find((l) => l.module === 'clever-cloud-cellar');
    expect(cellar).toMatchObject({ quantity: 2500, unit: 'Gio', unitPrice: null, amount: 3500 });
    expect(cellar?.tiers).toEqual([
      { kind: 'units', firstUnit: 1, lastUnit: 1000, units: 1000, unitPrice: 2, amount: 2000, reached: false },
      { kind: 'units', firstUnit: 1001, lastUnit: 2500, units: 1500, unitPrice: 1, amount: 1500, reached: false },
    ]);
  });

  it('marks a volume line’s units as priced at the tier reached, a graduated line’s not', () => {
    const byModel = (model: string) => devis.recurring.lines.filter((l) => defaultCatalog().modules.find((m) => m.id === l.module)?.pricing.model === model);
    const reached = (l: { tiers: { kind: string; reached?: boolean }[] }) => l.tiers.filter((t) => t.kind === 'units').map((t) => t.reached);
    const volumeTiers = byModel('volume').flatMap(reached);
    expect(volumeTiers.length).toBeGreaterThan(0);
    expect(volumeTiers.every(Boolean)).toBe(true);
    const graduatedTiers = byModel('graduated').flatMap(reached);
    expect(graduatedTiers.length).toBeGreaterThan(0);
    expect(graduatedTiers.some(Boolean)).toBe(false);
  });

  it('keeps the one-time set-up fees apart from the recurring lines', () => {
    expect(devis.oneTime.lines.map((l) => [l.description, l.quantity, l.unit, l.unitPrice, l.amount])).toEqual([
      ['Mise en service — Jamespot Digital Workplace — hébergement SecNumCloud', 1, 'forfait', 300000, 300000],
      ['Mise en service — XWiki Base de connaissances', 1, 'forfait', 80000, 80000],
      ['Mise en service — WALLIX Bastion', 1, 'forfait', 200000, 200000],
    ]);
  });

  it('lists the discounts with their rates and amounts', () => {
    expect(devis.discounts).toEqual([
      { kind: 'commitment', rateBp: 2000, basis: 36, amount: 143620 },
      { kind: 'bundle', rateBp: 1000, basis: 5, amount: 57448 },
      { kind: 'sales', rateBp: 750, basis: 0, amount: 38777 },
    ]);
  });

  it('has HT, TVA and TTC totals with the VAT rate, the term, and first-year and contract totals equal to the quote', () => {
    expect(devis.vatRateBp).toBe(2000);
    expect(devis.monthly).toEqual({ net: 478255, vat: 95651, gross: 573906 });
    expect(devis.setup).toEqual({ net: 580000, vat: 116000, gross: 696000 });
    expect(devis.termMonths).toBe(36);
    expect([devis.firstYearNet, devis.contractNet]).toEqual([6319060, 17797180]);
    const printed = Object.fromEntries(devisTotalSections(devis).flatMap((s) => s.rows.map((r) => [r.total, r.amount])));
    expect(printed).toEqual(quote.totals);
  });

  it('labels each total in French, with the rates (a no-break space before %)', () => {
    expect(devisTotalSections(devis).map((s) => [s.title, s.rows.map((r) => r.label)])).toEqual([
      ['Abonnement mensuel (récurrent)', ['Prix catalogue mensuel HT', 'Remise d’engagement 36 mois (20\u00A0%)', 'Remise multi-tiroirs, 5 tiroirs (10\u00A0%)', 'Remise commerciale (7,5\u00A0%)', 'Total mensuel HT', 'TVA 20\u00A0%', 'Total mensuel TTC']],
      ['Frais de mise en service (une seule fois)', ['Total mise en service HT', 'TVA 20\u00A0%', 'Total mise en service TTC']],
      ['Durée d’engagement\u00A0: 36 mois', ['Total première année HT (12 mois + mise en service)', 'Total du contrat HT (36 mois + mise en service)']],
    ]);
  });

  it('states payment terms, a "Bon pour accord" block and the share link', () => {
    expect(devis.wording.paymentTerms.join(' ')).toContain('Paiement à 30 jours');
    expect(devis.wording.paymentTerms.join(' ')).toContain('40 €');
    expect(devis.wording.acceptanceTitle).toBe('Bon pour accord');
    expect(devis.shareLink).toBe(SHARE_LINK);
  });

  it('says the prices are illustrative, with the catalog’s own notice set as the page header sets it (a typographic apostrophe in « d’illustration »)', () => {
    expect(devis.warnings).toEqual([
      'Prix indicatifs, hors taxes, à titre d’illustration\u00A0: ils ne constituent pas une offre des éditeurs. ' +
        'Les qualifications affichées sont celles que les éditeurs publient\u202F; vérifiez leurs certificats. Identité du vendeur de démonstration.',
    ]);
    expect(devis.warnings[0]).toBe(localise(catalog.notice ?? { fr: '', en: '' }, 'fr'));
    expect(devis.recurring.lines.every((l) => l.illustrative)).toBe(true);
  });
});

describe('what the devis warns about', () => {
  it('a sales discount above the approval threshold', () => {
    const devis = aDevis({ configuration: { ...LARGEST_BUNDLE, salesDiscountBp: 2000 } });
    expect(devis.warnings).toContain('La remise commerciale dépasse le seuil autorisé\u00A0: ce devis n’est valable qu’après approbation.');
  });

  it('a configuration that breaks rules, naming each rule as the banner does (QA: on paper, nothing said which)', () => {
    // The largest bundle demands ISO 27001, which four of its modules lack.
    expect(aDevis({ valid: false }).warnings).toContain(
      'La configuration enfreint des règles du catalogue\u00A0: ce devis est indicatif tant qu’elle n’est pas corrigée. ' +
        'Vous exigez ISO 27001, que n’ont pas\u00A0: XWiki Base de connaissances, WALLIX Bastion, WALLIX Trustelem (authentification unique) et WALLIX Authenticator (MFA).',
    );
  });

  it('customer details still to fill in', () => {
    expect(aDevis({ customer: emptyCustomer() }).missingCustomerFields).toEqual(['company', 'siret', 'contactName', 'email', 'address']);
    expect(aDevis({ customer: { ...DEVIS_CUSTOMER, email: '  ' } }).missingCustomerFields).toEqual(['email']);
  });

  it('customer details still to fill in, as a line « À compléter : … » for the customer block (never an empty block)', () => {
    expect(aDevis({ customer: emptyCustomer() }).customerToComplete).toBe('À compléter\u00A0: raison sociale, SIREN ou SIRET, nom du contact, e-mail, adresse');
    expect(aDevis({ customer: { ...DEVIS_CUSTOMER, email: '', address: ' ' } }).customerToComplete).toBe('À compléter\u00A0: e-mail, adresse');
    expect(aDevis({ lang: 'en', customer: { ...DEVIS_CUSTOMER, siret: '' } }).customerToComplete).toBe('To be completed: SIREN or SIRET');
    expect(aDevis().customerToComplete).toBeNull();
  });

  it('no discount rows when no discount applies', () => {
    const devis = aDevis({ configuration: { ...LARGEST_BUNDLE, items: LARGEST_BUNDLE.items.slice(0, 1), termMonths: 1, salesDiscountBp: 0 } });
    expect(devis.discounts).toEqual([]);
    expect(devis.oneTime.lines).toEqual([]);
  });
});

describe('the English devis', () => {
  const devis = aDevis({ lang: 'en' });

  it('has the same figures in English words', () => {
    expect(devis.wording.title).toBe('Quote');
    expect(devis.number).toBe('CN-20261128-E4C8D9E0');
    expect(devis.recurring.lines[0]).toMatchObject({ description: 'Alinto Essential Mail', unit: 'users', amount: 75000 });
    expect(devis.warnings).toEqual([catalog.notice?.en]);
    expect(devisTotalSections(devis)[0]?.rows.map((r) => r.label)).toEqual([
      'Monthly list price excl. VAT', 'Commitment discount, 36 months (20%)', 'Multi-drawer discount, 5 drawers (10%)',
      'Sales discount (7.5%)', 'Monthly total excl. VAT', 'VAT 20%', 'Monthly total incl. VAT',
    ]);
  });

  it('writes one month and one drawer in the singular: term, contract total and discounts', () => {
    const en = devisWording('en');
    expect([en.term(1), en.contractNet(1), en.discounts.commitment(1, '0%'), en.discounts.bundle(1, '5%')]).toEqual([
      'Commitment term: 1 month', 'Contract total excl. VAT (1 month + set-up)', 'Commitment discount, 1 month (0%)', 'Multi-drawer discount, 1 drawer (5%)',
    ]);
    expect([en.term(12), en.contractNet(36), en.discounts.bundle(4, '5%')]).toEqual([
      'Commitment term: 12 months', 'Contract total excl. VAT (36 months + set-up)', 'Multi-drawer discount, 4 drawers (5%)',
    ]);
    const fr = devisWording('fr');
    expect([fr.discounts.bundle(1, '5\u00A0%'), fr.discounts.bundle(4, '5\u00A0%')]).toEqual(['Remise multi-tiroirs, 1 tiroir (5\u00A0%)', 'Remise multi-tiroirs, 4 tiroirs (5\u00A0%)']);
  });

  it('a one-month devis says « 1 month » in its totals, never « 1 months »', () => {
    const one = aDevis({ lang: 'en', configuration: { ...LARGEST_BUNDLE, termMonths: 1 } });
    const labels = devisTotalSections(one).flatMap((s) => [s.title, ...s.rows.map((r) => r.label)]);
    expect(labels).toContain('Commitment term: 1 month');
    expect(labels).toContain('Contract total excl. VAT (1 month + set-up)');
    expect(labels.join('\n')).not.toMatch(/\b1 months\b/);
  });

  it.each([
    ['fr', 1, 'Total première année HT (12 mois, contrat reconduit, + mise en service)'],
    ['en', 1, 'First-year total excl. VAT (12 months, contract renewed, + set-up)'],
    ['en', 12, 'First-year total excl. VAT (12 months + set-up)'],
    ['en', 36, 'First-year total excl. VAT (12 months + set-up)'],
  ] as const)('in %s, a %d-month devis labels its first-year total « %s »: a term under a year reaches 12 months only renewed (its first year was above its whole contract, unexplained)', (lang, termMonths, label) => {
    const devis = aDevis({ lang, configuration: { ...LARGEST_BUNDLE, termMonths } });
    const row = devisTotalSections(devis).flatMap((s) => s.rows).find((r) => r.total === 'firstYearNet');
    expect(row?.label).toBe(label);
  });

  it('uses singular units for one', () => {
    const one = aDevis({ lang: 'en', configuration: { ...LARGEST_BUNDLE, items: [{ module: 'outscale-vm', quantity: 1 }] } });
    expect(one.recurring.lines[0]?.unit).toBe('virtual machine');
  });
});
