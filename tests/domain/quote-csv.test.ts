import { describe, expect, it } from 'vitest';
import { localise } from '../../src/domain/language';
import { money } from '../../src/domain/money';
import { csvAmount, csvField, devisCsv } from '../../src/domain/quote-csv';
import { defaultCatalog } from '../fixtures/catalogs';
import { aDevis } from './devis-fixtures';
import { LARGEST_BUNDLE } from './share-bundles';

/** A small RFC 4180 reader, enough to read back what devisCsv writes. */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}

/** A CSV amount back to cents, without floating point. */
const cents = (text: string) => {
  const [whole, fraction] = text.replace('-', '').split(/[.,]/);
  return (text.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number(fraction));
};

describe('CSV amounts and fields', () => {
  it.each([
    [0, 'fr', '0,00'], [5, 'fr', '0,05'], [123456, 'fr', '1234,56'], [17797180, 'fr', '177971,80'],
    [123456, 'en', '1234.56'], [100, 'en', '1.00'],
  ] as const)('%i cents in %s is %s (two decimals, no grouping, no currency)', (amount, lang, text) => {
    expect(csvAmount(money(amount), lang)).toBe(text);
  });

  it('writes a deduction as a negative number', () => {
    expect(csvAmount(money(143620), 'fr', true)).toBe('-1436,20');
    expect(csvAmount(money(0), 'fr', true)).toBe('0,00');
  });

  it.each([
    ['plain', 'fr', 'plain'],
    ['a;b', 'fr', '"a;b"'],
    ['a;b', 'en', 'a;b'],
    ['a,b', 'en', '"a,b"'],
    ['say "hi"', 'fr', '"say ""hi"""'],
    ['20 rue du Lac\n69003 Lyon', 'fr', '"20 rue du Lac\n69003 Lyon"'],
    [' edge ', 'fr', '" edge "'],
    ['=HYPERLINK("x")', 'fr', '"\'=HYPERLINK(""x"")"'],
    ['+33 4 78', 'fr', "'+33 4 78"],
    ['@SUM(A1)', 'en', "'@SUM(A1)"],
  ] as const)('quotes %j for %s as %j', (value, lang, expected) => {
    expect(csvField(value, lang)).toBe(expected);
  });
});

describe('the devis as CSV', () => {
  const devis = aDevis();
  const csv = devisCsv(devis);

  it('is UTF-8 with a byte-order mark and CRLF line ends, ";" and decimal comma in French', () => {
    expect(csv.startsWith('\uFEFFDevis n°;CN-20261128-E4C8D9E0\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\nRubrique;Désignation;Éditeur;Quantité;Unité;Prix unitaire HT (EUR);Montant HT (EUR);Détail des paliers\r\n');
    expect(csv).toContain('\r\nAbonnement mensuel (récurrent);Alinto Messagerie Essentielle;Alinto;250;utilisateurs;3,00;750,00;\r\n');
    expect(csv).toContain('\r\nFrais de mise en service (une seule fois);Mise en service — WALLIX Bastion;WALLIX;1;forfait;2000,00;2000,00;\r\n');
    expect(csv).toContain('Remise d’engagement 36 mois (20\u00A0%);;;;;-1436,20\r\n');
    expect(csv).toContain(';Total du contrat HT (36 mois + mise en service);;;;;177971,80\r\n');
  });

  it('says, in one text cell beside a tiered line, how its amount adds up (QA: « par paliers » alone, 35,00 could not be checked); a row per tier would count twice in a sum', () => {
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaced(csv)).toContain('\r\nAbonnement mensuel (récurrent);Clever Cloud Cellar (stockage objet);Clever Cloud;2500;Gio;par paliers;35,00;"unités 1 à 1 000 : 1 000 × 0,02 € = 20,00 € ; unités 1 001 à 2 500 : 1 500 × 0,01 € = 15,00 €"\r\n');
    expect(spaced(csv)).toContain(';par paliers;2450,00;"palier atteint : 250 × 9,00 € = 2 250,00 € ; forfait du palier : 200,00 €"\r\n');
    expect(devisCsv(aDevis({ lang: 'en' }))).toContain(',tiered,35.00,"units 1 to 1,000: 1,000 × €0.02 = €20.00; units 1,001 to 2,500: 1,500 × €0.01 = €15.00"\r\n');
  });

  it('is "," and decimal point in English', () => {
    const en = devisCsv(aDevis({ lang: 'en' }));
    expect(en.startsWith('\uFEFFQuote no.,CN-20261128-E4C8D9E0\r\n')).toBe(true);
    expect(en).toContain('\r\nMonthly subscription (recurring),Alinto Essential Mail,Alinto,250,users,3.00,750.00,\r\n');
    expect(en).toContain('"Commitment discount, 36 months (20%)",,,,,-1436.20\r\n');
  });

  it.each([
    ['fr', ['Devis n°;CN-20261128-E4C8D9E0', 'Date d’émission;2026-11-28', 'Valable 30 jours, jusqu’au;2026-12-28', 'Révision du catalogue;2026-11', 'Vendeur;'],
      'Rubrique;Désignation;Éditeur;Quantité;Unité;Prix unitaire HT (EUR);Montant HT (EUR);Détail des paliers'],
    ['en', ['Quote no.,CN-20261128-E4C8D9E0', 'Date of issue,2026-11-28', '"Valid for 30 days, until",2026-12-28', 'Catalogue revision,2026-11', 'Seller,'],
      'Section,Description,Vendor,Quantity,Unit,Unit price excl. VAT (EUR),Amount excl. VAT (EUR),Tier breakdown'],
  ] as const)('names, as the PDF does, the catalog revision its prices come from, and the currency of its amounts (%s)', (lang, heading, columns) => {
    const rows = devisCsv(aDevis({ lang })).slice(1).replace(/\u00A0/g, ' ').split('\r\n');
    heading.forEach((row, i) => expect(rows[i]?.startsWith(row), `${rows[i]} starts with ${row}`).toBe(true));
    expect(rows).toContain(columns);
  });

  it('names the catalog’s currency, not a currency of its own', () => {
    expect(devisCsv({ ...aDevis(), currency: 'CHF' })).toContain(';Prix unitaire HT (CHF);Montant HT (CHF);');
  });

  it.each(['fr', 'en'] as const)('reads back (%s): every line amount and every total equal to the quote, in cents', (lang) => {
    const d = aDevis({ lang });
    const rows = readCsv(devisCsv(d).slice(1), lang === 'fr' ? ';' : ',');
    expect(rows.every((r) => r.length === 1 || r.length === 2 || r.length === 7 || r.length === 8)).toBe(true);
    const header = rows.findIndex((r) => r[1] === d.wording.columns.description);
    const lines = rows.slice(header + 1, header + 1 + d.recurring.lines.length + d.oneTime.lines.length);
    expect(lines.map((r) => [r[1], Number(r[3]), cents(r[6] ?? '')])).toEqual(
      [...d.recurring.lines, ...d.oneTime.lines].map((l) => [l.description, l.quantity, l.amount]),
    );
    const totals = rows.slice(header + 2 + lines.length).map((r) => cents(r[6] ?? ''));
    expect(totals).toEqual([718100, -143620, -57448, -38777, 478255, 95651, 573906, 580000, 116000, 696000, 6319060, 17797180]);
  });

  it.each([
    ['fr', 'Avertissement;La remise commerciale dépasse le seuil autorisé : ce devis n’est valable qu’après approbation.', 'Avertissement;La configuration enfreint des règles du catalogue : ce devis est indicatif tant qu’elle n’est pas corrigée.'],
    ['en', 'Warning,The sales discount is above the authorised threshold: this quote is valid only once approved.', 'Warning,The configuration breaks catalogue rules: this quote is indicative until it is fixed.'],
  ] as const)('says, as the PDF does, that the quote needs approval and that the configuration breaks the rules (%s)', (lang, approval, invalid) => {
    const text = devisCsv(aDevis({ lang, valid: false, configuration: { ...LARGEST_BUNDLE, salesDiscountBp: 2000 } })).replace(/\u00A0/g, ' ');
    expect(text).toContain(`\r\n${approval}\r\n`);
    // The rules it breaks follow, as on the banner (the largest bundle demands ISO 27001, which four of its modules lack).
    const [label = '', sentence = ''] = invalid.split(/(?<=^[^;,]+[;,])/);
    const row = text.split('\r\n').find((r) => r.startsWith(label) && r.includes(sentence));
    expect(row).toMatch(/ISO 27001/);
    // before the lines, where a reader starts
    expect(text.indexOf(approval)).toBeLessThan(text.indexOf(lang === 'fr' ? 'Rubrique' : 'Section'));
  });

  it('says neither for a valid quote within the approval threshold, only the illustrative prices (the notice as the page header sets it)', () => {
    const rows = devisCsv(devis).split('\r\n').filter((r) => r.startsWith('Avertissement;'));
    expect(rows).toEqual([`Avertissement;${csvField(localise(defaultCatalog().notice ?? { fr: '', en: '' }, 'fr'), 'fr')}`]);
    expect(rows[0]).toContain('à titre d’illustration\u00A0: ils');
  });

  /** The seller's rows as the default catalog gives them, as the PDF prints them under « Vendeur ». */
  const SELLER_ROWS = '\r\nVendeur;CollabNext (consortium mené par Jamespot) — identité de démonstration\r\n' +
    'Adresse du vendeur;1 rue de la Démonstration, 34000 Montpellier, France\r\n' +
    'Mentions légales du vendeur;SAS au capital de 10 000,00 € — RCS Montpellier\r\n' +
    'SIREN du vendeur;900 000 001\r\n' +
    'N° de TVA intracommunautaire du vendeur;FR68900000001\r\n' +
    'E-mail du vendeur;devis@collabnext.example\r\n';

  it('carries the seller block of the devis, then the customer block: each printed detail on its own row, labelled as the devis labels it, in its order', () => {
    const text = devisCsv(devis).replace(/[\u00A0\u202F]/g, ' ');
    expect(text).toContain(
      SELLER_ROWS +
        'Client;Métropole de Lyon\r\n' +
        'Adresse;"20 rue du Lac\n69003 Lyon"\r\n' +
        'SIREN / SIRET;200 046 977 00019\r\n' +
        'N° de TVA intracommunautaire;FR03200046977\r\n' +
        'Contact;Zoé Martin\r\n' +
        'E-mail;zoe.martin@grandlyon.example\r\n' +
        "Téléphone;'+33 4 78 63 40 40\r\n" +
        'Référence client;AO-2026-117\r\n' +
        'Avertissement;',
    );
    const en = devisCsv(aDevis({ lang: 'en' }));
    expect(en).toContain('\r\nCustomer,Métropole de Lyon\r\nAddress,"20 rue du Lac\n69003 Lyon"\r\nSIREN / SIRET,200\u00a0046\u00a0977\u00a000019\r\n');
    expect(en).toContain('\r\nEU VAT number,FR03200046977\r\nContact,Zoé Martin\r\nEmail,zoe.martin@grandlyon.example\r\nPhone,\'+33 4 78 63 40 40\r\nCustomer reference,AO-2026-117\r\n');
  });

  it('writes the SIRET in groups, never as 14 bare digits, which a spreadsheet would read as a number and show as 2,00047E+13', () => {
    const siretCell = devisCsv(devis).split('\r\n').find((row) => row.startsWith('SIREN / SIRET;'))?.split(';')[1];
    expect(siretCell).toBe('200\u00a0046\u00a0977\u00a000019');
    expect(siretCell?.replace(/\D/g, '')).toBe(devis.customer.siret.replace(/\D/g, ''));
  });

  it('says which customer details are still to complete, first under « Client » when there is no company to print (the details never follow « Vendeur » directly), without an empty « Client » row', () => {
    const text = devisCsv(aDevis({ customer: { ...devis.customer, company: '', email: '' } })).replace(/\u00A0/g, ' ');
    expect(text.replace(/\u202F/g, ' ')).toContain(`${SELLER_ROWS}Client;À compléter : raison sociale, e-mail\r\nAdresse;`);
    expect(text).toMatch(/\r\nRéférence client;AO-2026-117\r\nAvertissement;/);
    expect(text).not.toMatch(/\r\nClient;\r\n/);
    expect(text).not.toContain('\r\nE-mail;zoe');
    expect(devisCsv(devis)).not.toContain('compléter');
  });

  it('leaves out the details the devis refuses (a SIREN with a wrong key, « bad@ ») and names them in « À compléter », as the devis does', () => {
    const text = devisCsv(aDevis({ customer: { ...devis.customer, siret: '20004697700018', email: 'bad@' } })).replace(/\u00A0/g, ' ');
    expect(text).not.toContain('20004697700018');
    expect(text).not.toContain('bad@');
    expect(text).toContain('\r\nRéférence client;AO-2026-117\r\nClient;À compléter : SIREN ou SIRET, e-mail\r\n');
  });

  it('keeps a customer name that looks like a formula inert, and quoted when needed', () => {
    const text = devisCsv(aDevis({ customer: { ...devis.customer, company: '=cmd; "evil"' } }));
    expect(text).toContain('\r\nClient;"\'=cmd; ""evil"""\r\n');
  });
});
