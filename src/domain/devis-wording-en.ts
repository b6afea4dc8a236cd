import { CUSTOMER_FIELD_NAMES } from './customer-field-names';
import type { DevisWording } from './devis-wording';
import { isSingular } from './language';
import { formatNumber } from './locale-format';

/** "1 month", "12 months". */
const counted = (count: number, one: string, other: string) => `${count} ${isSingular(count, 'en') ? one : other}`;
const months = (count: number) => counted(count, 'month', 'months');

/** "Page 2 of 3". */
const PAGE_COUNTER = { before: 'Page ', between: ' of ' };

export const DEVIS_WORDING_EN: DevisWording = {
  title: 'Quote',
  number: 'Quote no.',
  issuedOn: 'Date of issue',
  validUntil: (days) => `Valid for ${days} days, until`,
  catalogRevision: 'Catalogue revision',
  seller: 'Seller',
  customer: 'Customer',
  siren: 'SIREN',
  shareCapital: (amount) => `with a share capital of ${amount}`,
  sellerAddress: 'Seller address',
  sellerLegal: 'Seller legal details',
  sellerAlone: { siren: 'Seller SIREN', vatNumber: 'Seller EU VAT number', email: 'Seller email' },
  vatNumber: 'EU VAT number',
  email: 'Email',
  customerFields: {
    siret: 'SIREN / SIRET', vatNumber: 'EU VAT number', contactName: 'Contact', email: 'Email',
    phone: 'Phone', address: 'Address', reference: 'Customer reference',
  },
  fieldsToComplete: CUSTOMER_FIELD_NAMES.en,
  toComplete: (fields) => `To be completed: ${fields}`,
  columns: { section: 'Section', description: 'Description', vendor: 'Vendor', quantity: 'Quantity', unit: 'Unit', unitPrice: 'Unit price excl. VAT', amount: 'Amount excl. VAT' },
  recurringTitle: 'Monthly subscription (recurring)',
  oneTimeTitle: 'Set-up fees (one-time)',
  continued: (title) => `${title} (continued)`,
  noOneTime: 'No set-up fees.',
  tiered: 'tiered',
  tierUnits: (first, last) => (first === last ? `unit ${formatNumber(first, 'en')}` : `units ${formatNumber(first, 'en')} to ${formatNumber(last, 'en')}`),
  tierReached: 'tier reached',
  tierBreakdown: 'Tier breakdown',
  tierFlatFee: 'tier flat fee',
  setupOf: (module) => `Set-up — ${module}`,
  setupUnit: 'package',
  subtotal: 'Monthly list price excl. VAT',
  discounts: {
    commitment: (term, rate) => `Commitment discount, ${months(term)} (${rate})`,
    bundle: (drawers, rate) => `Multi-drawer discount, ${counted(drawers, 'drawer', 'drawers')} (${rate})`,
    sales: (rate) => `Sales discount (${rate})`,
  },
  monthlyNet: 'Monthly total excl. VAT',
  vat: (rate) => `VAT ${rate}`,
  monthlyGross: 'Monthly total incl. VAT',
  setupNet: 'Set-up total excl. VAT',
  setupGross: 'Set-up total incl. VAT',
  term: (term) => `Commitment term: ${months(term)}`,
  firstYearNet: (term) => `First-year total excl. VAT (12 months${term < 12 ? ', contract renewed,' : ''} + set-up)`,
  contractNet: (term) => `Contract total excl. VAT (${months(term)} + set-up)`,
  paymentTitle: 'Payment terms',
  paymentTerms: [
    'Subscription invoiced monthly in advance; set-up fees invoiced on signature.',
    'Payment within 30 days of invoice, by bank transfer. No discount for early payment.',
    'Late payment: interest at three times the French legal rate, plus a fixed recovery fee of €40 (French Commercial Code, art. L441-10).',
  ],
  illustrativeMark: '* Illustrative price',
  illustrativePrices: 'Illustrative prices: this quote is not a firm offer from the vendors.',
  warning: 'Warning',
  needsApproval: 'The sales discount is above the authorised threshold: this quote is valid only once approved.',
  invalidConfiguration: 'The configuration breaks catalogue rules: this quote is indicative until it is fixed.',
  shareTitle: 'Reopen this configuration',
  shareHint: 'This link reopens the configuration in the configurator and recomputes the quote:',
  acceptanceTitle: 'Agreed and accepted',
  acceptanceLines: [
    'Date, signatory’s name and position, company stamp,',
    'signature preceded by the handwritten words “Bon pour accord” (agreed):',
  ],
  page: (page, pages) => `${PAGE_COUNTER.before}${page}${PAGE_COUNTER.between}${pages}`,
  pageCounter: PAGE_COUNTER,
};
