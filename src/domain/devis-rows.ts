import type { Devis, DevisDiscount } from './devis-types';
import { rateText } from './devis-wording';
import type { Money } from './money';
import type { QuoteTotalName } from './quote-types';

/** One row of the devis's totals: what the PDF, the print sheet and the CSV all print, in this order. */
export interface DevisTotalRow {
  label: string;
  amount: Money;
  /** Discounts are printed as deductions. */
  deduction: boolean;
  /** The §4 total this row shows, so tests and hooks can match it. */
  total: QuoteTotalName;
  strong: boolean;
}

export interface DevisTotalSection {
  title: string;
  rows: DevisTotalRow[];
}

const DISCOUNT_TOTAL: Record<DevisDiscount['kind'], QuoteTotalName> = {
  commitment: 'commitmentDiscount', bundle: 'bundleDiscount', sales: 'salesDiscount',
};

function discountLabel(devis: Devis, discount: DevisDiscount): string {
  const rate = rateText(discount.rateBp, devis.lang);
  const { discounts } = devis.wording;
  switch (discount.kind) {
    case 'commitment': return discounts.commitment(discount.basis, rate);
    case 'bundle': return discounts.bundle(discount.basis, rate);
    case 'sales': return discounts.sales(rate);
    default: return discount.kind satisfies never;
  }
}

const row = (label: string, amount: Money, total: QuoteTotalName, strong = false, deduction = false): DevisTotalRow => ({ label, amount, total, strong, deduction });

/** The totals of the devis in three sections: monthly (HT, discounts, TVA, TTC), set-up, commitment. */
export function devisTotalSections(devis: Devis): DevisTotalSection[] {
  const w = devis.wording;
  const vat = w.vat(rateText(devis.vatRateBp, devis.lang));
  return [
    {
      title: w.recurringTitle,
      rows: [
        row(w.subtotal, devis.recurring.subtotal, 'recurring'),
        ...devis.discounts.map((d) => row(discountLabel(devis, d), d.amount, DISCOUNT_TOTAL[d.kind], false, true)),
        row(w.monthlyNet, devis.monthly.net, 'monthlyNet', true),
        row(vat, devis.monthly.vat, 'monthlyVat'),
        row(w.monthlyGross, devis.monthly.gross, 'monthlyGross', true),
      ],
    },
    {
      title: w.oneTimeTitle,
      rows: [row(w.setupNet, devis.setup.net, 'setupNet', true), row(vat, devis.setup.vat, 'setupVat'), row(w.setupGross, devis.setup.gross, 'setupGross', true)],
    },
    {
      title: w.term(devis.termMonths),
      rows: [row(w.firstYearNet(devis.termMonths), devis.firstYearNet, 'firstYearNet', true), row(w.contractNet(devis.termMonths), devis.contractNet, 'contractNet', true)],
    },
  ];
}
