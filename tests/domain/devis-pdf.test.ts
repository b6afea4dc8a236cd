import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import type { Devis } from '../../src/domain/devis-types';
import { devisTotalSections } from '../../src/domain/devis-rows';
import { renderDevisPdf } from '../../src/ui/devis-pdf';
import { devisMoney } from '../../src/ui/devis-format';
import { formatMoney } from '../../src/domain/locale-format';
import { defaultCatalog } from '../fixtures/catalogs';
import { aDevis, quoteOf, DEVIS_CUSTOMER } from './devis-fixtures';
import { plainSpaces, readPdfText } from './devis-pdf-text';
import { LARGEST_BUNDLE } from './share-bundles';

const quote = quoteOf(defaultCatalog(), LARGEST_BUNDLE);

/** The whole text, and the same without any white space (wrapped sentences and links join up again). */
async function pdfText(devis: Devis) {
  const { pages, title } = await readPdfText(await renderDevisPdf(devis));
  const text = pages.join('\n');
  return { pages, title, text, compact: text.replace(/\s+/g, '') };
}
const compact = (s: string) => plainSpaces(s).replace(/\s+/g, '');

describe.each(['fr', 'en'] as const)('the PDF devis read back (%s)', (lang) => {
  const devis = aDevis({ lang });
  let read: Awaited<ReturnType<typeof pdfText>>;
  beforeAll(async () => {
    read = await pdfText(devis);
  });

  it('is titled with its number, and says "Devis"/"Quote", with the number on every page', () => {
    expect(read.title).toBe(`${devis.wording.title} CN-20261128-E4C8D9E0`);
    expect(read.text.split('\n')).toContain(lang === 'fr' ? 'Devis' : 'Quote');
    expect(read.pages.length).toBeGreaterThan(1);
    for (const page of read.pages) expect(page).toContain('CN-20261128-E4C8D9E0');
  });

  it('has the date of issue and the validity date', () => {
    expect(read.text).toContain(lang === 'fr' ? 'Date d’émission : 28 novembre 2026' : 'Date of issue: 28 November 2026');
    expect(read.text).toContain(lang === 'fr' ? 'Valable 30 jours, jusqu’au 28 décembre 2026' : 'Valid for 30 days, until 28 December 2026');
  });

  it('names the seller (name, SIREN, VAT number, address) and the customer', () => {
    for (const mention of ['CollabNext (consortium mené par Jamespot) — identité de démonstration', '900000001', 'FR68900000001', '1 rue de la Démonstration, 34000 Montpellier, France']) {
      expect(read.compact).toContain(compact(mention));
    }
    for (const mention of [DEVIS_CUSTOMER.company, DEVIS_CUSTOMER.siret, DEVIS_CUSTOMER.vatNumber, DEVIS_CUSTOMER.contactName, DEVIS_CUSTOMER.email, DEVIS_CUSTOMER.phone, '20 rue du Lac', '69003 Lyon', DEVIS_CUSTOMER.reference]) {
      expect(read.compact).toContain(compact(mention));
    }
  });

  it('writes a tier’s bounds like its other numbers (grouped by thousands)', () => {
    expect(read.text.split('\n')).toContain(lang === 'fr' ? 'unités 1 001 à 2 500' : 'units 1,001 to 2,500');
  });

  it('says a volume line’s units are at the price of the tier reached, as the quote panel does', () => {
    const volume = devis.recurring.lines.find((l) => l.tiers.some((t) => t.kind === 'units' && t.reached));
    expect(volume).toBeDefined();
    const lines = read.text.split('\n');
    expect(lines).toContain(lang === 'fr' ? 'palier atteint' : 'tier reached');
    // Not the units' span, which reads as if the first units cost another price.
    expect(lines).not.toContain(lang === 'fr' ? `unités 1 à ${volume?.quantity}` : `units 1 to ${volume?.quantity}`);
  });

  it('prints every line: description, vendor, quantity, unit, unit price HT and amount HT', () => {
    const lines = read.text.split('\n');
    for (const line of [...devis.recurring.lines, ...devis.oneTime.lines]) {
      expect(read.compact).toContain(compact(line.description));
      expect(lines).toContain(line.vendor);
      expect(lines).toContain(plainSpaces(new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(line.quantity)));
      expect(read.compact).toContain(compact(line.unit));
      expect(lines).toContain(plainSpaces(line.unitPrice === null ? devis.wording.tiered : formatMoney(line.unitPrice, lang)));
      expect(lines).toContain(plainSpaces(formatMoney(line.amount, lang)));
    }
  });

  it('prints every total of the quote, to the cent, beside its label', () => {
    const lines = read.text.split('\n');
    const rows = devisTotalSections(devis).flatMap((s) => s.rows);
    expect(Object.fromEntries(rows.map((r) => [r.total, r.amount]))).toEqual(quote.totals);
    // Rows in order: each label is looked for after the previous one ("TVA 20 %" comes twice).
    let from = 0;
    for (const row of rows) {
      const i = lines.indexOf(plainSpaces(row.label), from);
      expect(i, row.label).toBeGreaterThanOrEqual(0);
      expect(lines.slice(i, i + 3)).toContain(plainSpaces(devisMoney(row.amount, lang, row.deduction)));
      from = i + 1;
    }
  });

  it('has the VAT rate, the term, payment terms, the share link, the illustrative notice and a signature block', () => {
    expect(read.text).toContain(lang === 'fr' ? 'TVA 20 %' : 'VAT 20%');
    expect(read.text).toContain(lang === 'fr' ? 'Durée d’engagement : 36 mois' : 'Commitment term: 36 months');
    for (const term of devis.wording.paymentTerms) expect(read.compact).toContain(compact(term));
    expect(read.compact).toContain(devis.shareLink);
    expect(read.compact).toContain(compact(devis.warnings[0] ?? 'missing'));
    expect(read.text).toContain(lang === 'fr' ? 'Bon pour accord' : 'Agreed and accepted');
    expect(read.text).toContain(lang === 'fr' ? '* Prix indicatif' : '* Illustrative price');
  });
});

describe('the PDF of a devis whose customer details are missing', () => {
  it.each([
    ['fr', 'Client', 'À compléter : raison sociale, SIREN ou SIRET, nom du contact, e-mail, adresse'],
    ['en', 'Customer', 'To be completed: company name, SIREN or SIRET, contact name, email, address'],
  ] as const)('prints a « to be completed » line under the customer heading instead of an empty block (%s)', async (lang, heading, line) => {
    const { text } = await pdfText(aDevis({ lang, customer: emptyCustomer() }));
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.indexOf(heading);
    expect(at, text).toBeGreaterThanOrEqual(0);
    // pdf.js reads the seller's block (beside it) first; the line comes after it, before the quote's first section
    const parties = compact(lines.slice(at + 1).join(' ')).split(compact(lang === 'fr' ? 'Abonnement mensuel' : 'Monthly subscription'))[0] ?? '';
    expect(parties).toContain(compact(line));
  });

  it('names only what is missing once the rest is filled in', async () => {
    const { text } = await pdfText(aDevis({ customer: { ...DEVIS_CUSTOMER, email: '' } }));
    expect(plainSpaces(text)).toContain('À compléter : e-mail');
    expect(plainSpaces(text)).not.toContain('raison sociale');
  });
});

describe('the PDF of a devis whose customer details the customer form refuses', () => {
  it('prints none of them as a mention, and names them « À compléter »', async () => {
    const customer = { ...DEVIS_CUSTOMER, siret: '123456789', vatNumber: 'FR00123', email: 'bad@', phone: '12', reference: 'R'.repeat(60) };
    const pdf = await pdfText(aDevis({ customer }));
    const text = plainSpaces(pdf.text);
    for (const refused of ['123456789', 'FR00123', 'bad@', 'Téléphone : 12', 'RRRR']) expect(text).not.toContain(refused);
    expect(pdf.compact).toContain(compact('À compléter : SIREN ou SIRET, n° de TVA intracommunautaire, e-mail, téléphone, référence client'));
    expect(text).toContain(`Contact : ${DEVIS_CUSTOMER.contactName}`);
  });
});

describe('the PDF file', () => {
  it('is the same bytes for the same devis (dates inside are the issue date)', async () => {
    const devis = aDevis();
    expect(Buffer.from(await renderDevisPdf(devis)).equals(Buffer.from(await renderDevisPdf(devis)))).toBe(true);
  });

  it('prints invisible characters as nothing and composes accents typed as a letter and a mark', async () => {
    const devis = aDevis({ customer: { ...DEVIS_CUSTOMER, contactName: 'Jean\u200F\u200D Martin', company: 'Cafe\u0301 de la Gare\u00AD SA' } });
    const { text } = await pdfText(devis);
    expect(text).toContain('Contact : Jean Martin');
    expect(text).toContain('Café de la Gare SA');
  });
});

describe('the PDF of a tier holding one unit (Alinto Messagerie Business: tiers up to 50, up to 500, then more)', () => {
  const alinto = (quantity: number) => ({ ...LARGEST_BUNDLE, items: [{ module: 'alinto-mail-business', quantity }], requirements: [] });
  it.each([
    ['fr', 51, 'unité 51', 'unités 51 à 51'], ['fr', 501, 'unité 501', 'unités 501 à 501'],
    ['en', 51, 'unit 51', 'units 51 to 51'], ['en', 501, 'unit 501', 'units 501 to 501'],
  ] as const)('names it by that unit (%s, %i users)', async (lang, quantity, named, notNamed) => {
    const lines = (await pdfText(aDevis({ lang, configuration: alinto(quantity) }))).text.split('\n');
    expect(lines).toContain(named);
    expect(lines).not.toContain(notNamed);
  });
});

describe('the English PDF’s column headers', () => {
  it('keep to two lines: « Unit price » / « excl. VAT », not one word a line', async () => {
    const lines = (await pdfText(aDevis({ lang: 'en' }))).text.split('\n');
    expect(lines).toContain('Unit price');
    expect(lines).toContain('excl. VAT');
    for (const word of ['price', 'excl.', 'VAT']) expect(lines).not.toContain(word);
  });
});
