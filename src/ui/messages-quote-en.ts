import type { quoteFr } from './messages-quote';

export const quoteEn: Record<keyof typeof quoteFr, string> = {
  'quote.title': 'Your quote',
  'quote.monthlyNet': 'Monthly total excl. VAT',
  'quote.perMonth': 'excl. VAT / month',
  'quote.show': 'See the quote',
  'quote.hide': 'Hide the quote',
  'quote.empty.summary': 'No module chosen',
  'quote.empty.title': 'Your quote will appear here',
  'quote.empty.body': 'Choose a first module: lines, discounts and totals update with every change.',
  'quote.details.soon': 'Loading the lines and discounts of the quote…',
  'quote.error.summary': 'Quote unavailable',
  'quote.error.title': 'The quote cannot be computed',
  'quote.error.detail': 'Technical detail: {error}',
  'quote.invalid.short': 'Cannot be ordered as it stands',
  'quote.term.label': 'Commitment term',
  'quote.term.withDiscount': '{duration} — {rate} off',
  'quote.term.noDiscount': '{duration} — no discount',
  'quote.months.one': '{count} month',
  'quote.months.other': '{count} months',
  'quote.minus': '− {amount}',
  'sales.switch': 'Sales mode',
};
