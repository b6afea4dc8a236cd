import { useId, type KeyboardEvent } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { localise, type Language } from '../domain/language';
import { readQuantity, stepQuantity, type QuantityProblem } from '../domain/quantity';
import { unitName } from '../domain/unit-name';
import { formatNumber } from '../domain/locale-format';
import type { MessageKey, MessageParams } from './messages';
import { useConfigurator, useT } from './store-context';
import { useQuantityEdit } from './use-quantity-edit';

function problemMessage(problem: QuantityProblem, example: number, lang: Language): [MessageKey, MessageParams] {
  const n = (value: number) => formatNumber(value, lang);
  switch (problem.kind) {
    case 'notAWholeNumber':
      return ['quantity.notAWholeNumber', { example: n(example) }];
    case 'exponent':
      return ['quantity.exponent', { example: n(example) }];
    case 'belowMin':
      return ['quantity.belowMin', { min: n(problem.min) }];
    case 'aboveMax':
      return ['quantity.aboveMax', { max: n(problem.max) }];
    case 'offStep':
      return ['quantity.offStep', { step: n(problem.step), lower: n(problem.lower), upper: n(problem.upper) }];
    default:
      return problem satisfies never;
  }
}

/**
 * A text field with the spinbutton role (spec §6), so that what is typed reaches us as typed: a number
 * input drops a decimal comma (12,5 would read 125). A refused value is kept as typed, with the reason
 * and the quantity the quote keeps; when it is applied: useQuantityEdit.
 */
export function QuantityInput({ module, quantity }: { module: CatalogModule; quantity: number }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const edit = useQuantityEdit(module, quantity, lang);
  const id = useId();
  const { min, max, step } = module.quantity;
  const read = readQuantity(module, edit.text, lang);
  const problem = edit.draft !== null && !read.ok ? problemMessage(read.error, module.quantity.default, lang) : null;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') edit.commit();
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      edit.commit(stepQuantity(module, read, quantity, event.key === 'ArrowUp' ? 1 : -1));
    }
  };
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
          inputMode="numeric"
          autoComplete="off"
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={read.ok ? read.value : undefined}
          aria-valuetext={read.ok ? undefined : edit.text}
          value={edit.text}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-range${problem ? ` ${id}-problem` : ''}`}
          onChange={(e) => edit.type(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => edit.commit()}
        />
        <span className="quantity-unit">{unitName(catalog, module.unit, quantity, lang)}</span>
      </div>
      <p id={`${id}-range`} className="quantity-range">
        {t('quantity.range', { min: formatNumber(min, lang), max: formatNumber(max, lang), step: formatNumber(step, lang) })}
      </p>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="field-error">
          {t(...problem)} {t('quantity.kept', { quantity: formatNumber(quantity, lang), unit: unitName(catalog, module.unit, quantity, lang) })}
        </p>
      )}
    </div>
  );
}
