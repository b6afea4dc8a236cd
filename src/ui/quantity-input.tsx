import { memo, useId, type FocusEvent, type KeyboardEvent } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { localise, type Language } from '../domain/language';
import { readQuantity, stepQuantity, type QuantityProblem } from '../domain/quantity';
import { unitName } from '../domain/unit-name';
import { formatNumber } from '../domain/locale-format';
import type { MessageKey, MessageParams } from './messages';
import { useConfigurator, useT } from './store-context';
import { useQuantityEdit } from './use-quantity-edit';
import { refuseBrowserUndo } from './use-typed-edit';

/** Why a typed quantity is refused, in the message of its kind (quantity.belowMin …). */
function problemMessage({ kind, ...figures }: QuantityProblem, example: number, lang: Language): [MessageKey, MessageParams] {
  // Each problem's figures are its message's parameters (min, max, step, lower, upper), and the example besides.
  return [`quantity.${kind}`, Object.fromEntries(Object.entries({ example, ...figures }).map(([name, value]) => [name, formatNumber(value, lang)]))];
}

/** How the field of a module not yet chosen hands a typed quantity to its card's checkbox. */
export interface QuantityHandOff {
  /** The card's checkbox: leaving the field for it chooses the module at the typed quantity, once. */
  checkboxId: string;
  /** Notes the typed quantity the checkbox is to choose the module at (null: its default). */
  hand(quantity: number | null): void;
  /** Forgets what was handed: the field has the focus again, so the next click on the checkbox is its own. */
  drop(): void;
}

/**
 * A text field with the spinbutton role (spec §6), so that what is typed reaches us as typed: a number
 * input drops a decimal comma (12,5 would read 125). A refused value is kept as typed, with the reason
 * and the quantity the quote keeps; when it is applied: useQuantityEdit. Every card but a flat module's has
 * one: for a module not chosen (`quantity` null) it shows the default quantity, typing a quantity there
 * chooses the module, and it is left out of the Tab order (the checkbox comes first); a blocked module's is disabled.
 */
export const QuantityInput = memo(function QuantityInput({ module, quantity, blocked, handOff }: { module: CatalogModule; quantity: number | null; blocked: boolean; handOff: QuantityHandOff }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const shown = quantity ?? module.quantity.default;
  const edit = useQuantityEdit(module, shown, lang);
  const id = useId();
  const { min, max, step } = module.quantity;
  const read = readQuantity(module, edit.text, lang);
  const problem = edit.draft !== null && !read.ok ? problemMessage(read.error, module.quantity.default, lang) : null;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (edit.undoKey(event)) return;
    if (event.key === 'Enter') edit.commit();
    else if (event.key === 'Escape') edit.cancel();
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      edit.commit(stepQuantity(module, read, shown, event.key === 'ArrowUp' ? 1 : -1));
    }
  };
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    // Committing here would choose the module, and the click on the checkbox that took the focus would take it out again.
    if (quantity === null && event.relatedTarget?.id === handOff.checkboxId) handOff.hand(edit.draft !== null && read.ok ? read.value : null);
    else edit.commit();
  };
  const described = [`${id}-range`, quantity === null && !blocked ? `${id}-chooses` : null, problem ? `${id}-problem` : null];
  return (
    <div className="quantity">
      <label htmlFor={id} className="quantity-label">
        {t('quantity.label')} <span className="visually-hidden">{localise(module.name, lang)}</span>
      </label>
      <div className="quantity-row">
        <input
          id={id}
          type="text"
          role="spinbutton"
          data-typed-number=""
          ref={refuseBrowserUndo}
          inputMode="numeric"
          autoComplete="off"
          disabled={blocked}
          tabIndex={quantity === null ? -1 : undefined}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={read.ok ? read.value : undefined}
          aria-valuetext={read.ok ? undefined : edit.text}
          value={edit.text}
          aria-invalid={problem !== null}
          aria-describedby={described.filter(Boolean).join(' ')}
          onChange={(e) => edit.type(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={handOff.drop}
          onBlur={onBlur}
        />
        <span className="quantity-unit">{unitName(catalog, module.unit, shown, lang)}</span>
      </div>
      <p id={`${id}-range`} className="quantity-range">
        {t('quantity.range', { min: formatNumber(min, lang), max: formatNumber(max, lang), step: formatNumber(step, lang) })}
      </p>
      {quantity === null && !blocked && <span id={`${id}-chooses`} className="visually-hidden">{t('quantity.chooses')}</span>}
      {problem && (
        <p id={`${id}-problem`} role="alert" className="field-error">
          {t(...problem)}{' '}
          {quantity === null
            ? t('quantity.notChosen')
            : t('quantity.kept', { quantity: formatNumber(quantity, lang), unit: unitName(catalog, module.unit, quantity, lang) })}
        </p>
      )}
    </div>
  );
});
