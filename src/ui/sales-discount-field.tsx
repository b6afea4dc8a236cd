import { useId, useState } from 'react';
import { parsePercent, percentText } from '../domain/percent';
import { formatRate } from './format';
import { decimalSeparator } from './quote-wording';
import { useConfigurator, useT } from './store-context';

/**
 * The negotiated discount, typed in % ("12,5") and stored in basis points (1250) as soon as it
 * reads as a valid value; a refused value is explained inline and never stored.
 */
export function SalesDiscountField() {
  const t = useT();
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const stored = useConfigurator((s) => s.configuration.salesDiscountBp);
  const threshold = useConfigurator((s) => s.catalog.discounts.salesApprovalThresholdBp);
  const negotiateDiscount = useConfigurator((s) => s.negotiateDiscount);
  // What the user is typing; null shows the stored value (so undo or a shared link show up here).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? percentText(stored, decimalSeparator(lang));
  const parsed = parsePercent(text);
  const onChange = (value: string) => {
    setDraft(value);
    const read = parsePercent(value);
    if (read.ok) negotiateDiscount(read.value);
  };
  return (
    <div className="sales-field">
      <label htmlFor={id}>{t('sales.discount.label')}</label>
      <p id={`${id}-hint`} className="sales-hint">{t('sales.discount.hint', { threshold: formatRate(threshold, lang) })}</p>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => parsed.ok && setDraft(null)}
      />
      {!parsed.ok && (
        <p id={`${id}-error`} className="sales-error" role="alert">
          {t(`sales.discount.${parsed.error}`, { value: text.trim() })} {t('sales.discount.kept', { rate: formatRate(stored, lang) })}
        </p>
      )}
    </div>
  );
}
