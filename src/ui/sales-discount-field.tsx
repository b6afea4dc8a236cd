import { useId } from 'react';
import { parsePercent, percentText } from '../domain/percent';
import { decimalSeparator, formatRate } from '../domain/locale-format';
import { salesWords } from './sales-panel-words';
import { useConfigurator } from './store-context';
import { refuseBrowserUndo, useTypedEdit } from './use-typed-edit';

/**
 * The negotiated discount, typed in % ("12,5") and stored in basis points (1250): applied like a
 * quantity (useTypedEdit: after a pause, on Enter or on leaving the field), so typing « 150 » never
 * leaves 15 % in the quote; a refused value is explained inline and never stored.
 */
export function SalesDiscountField() {
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const t = salesWords(lang);
  const stored = useConfigurator((s) => s.configuration.salesDiscountBp);
  const threshold = useConfigurator((s) => s.catalog.discounts.salesApprovalThresholdBp);
  const edit = useTypedEdit(
    {
      read: parsePercent,
      inForce: (state) => state.configuration.salesDiscountBp,
      write: (state, value) => state.negotiateDiscount(value),
      shown: (value) => percentText(value, decimalSeparator(lang)),
    },
    stored,
  );
  const parsed = parsePercent(edit.text);
  return (
    <div className="sales-field">
      <label htmlFor={id}>{t('sales.discount.label')}</label>
      <p id={`${id}-hint`} className="sales-hint">{t('sales.discount.hint', { threshold: formatRate(threshold, lang) })}</p>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={edit.text}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => edit.type(event.target.value)}
        data-typed-number=""
        ref={refuseBrowserUndo}
        onKeyDown={(event) => {
          if (edit.undoKey(event)) return;
          if (event.key === 'Enter') edit.commit();
          else if (event.key === 'Escape') edit.cancel();
        }}
        onBlur={() => edit.commit()}
      />
      {!parsed.ok && (
        <p id={`${id}-error`} className="sales-error" role="alert">
          {t(`sales.discount.${parsed.error}`, { value: edit.text.trim() })} {t('sales.discount.kept', { rate: formatRate(stored, lang) })}
        </p>
      )}
    </div>
  );
}
