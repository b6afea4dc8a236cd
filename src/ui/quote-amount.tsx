import type { QuoteTotalName } from '../domain/quote-types';
import { formatMoney } from '../domain/locale-format';
import { useConfigurator, useT } from './store-context';

interface QuoteAmountProps {
  /** The total of §4 this amount is (the automation hook `data-total`); left out where the page shows it again. */
  name?: QuoteTotalName;
  cents: number;
  /** A discount: shown as "− 12,00 €" while data-cents keeps the total's own (positive) value. */
  deducted?: boolean;
  className?: string;
}

/** One total of the quote, formatted for the language, with its hooks for automated checks (spec §6). */
export function QuoteAmount({ name, cents, deducted = false, className = 'quote-amount' }: QuoteAmountProps) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const text = formatMoney(cents, lang);
  return (
    <span className={className} data-total={name} data-cents={name === undefined ? undefined : cents}>
      {deducted ? t('quote.minus', { amount: text }) : text}
    </span>
  );
}
