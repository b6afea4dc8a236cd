import { useId, useState } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { localise } from '../domain/language';
import { readQuantity, type QuantityProblem } from '../domain/quantity';
import { formatNumber } from './format';
import type { MessageKey, MessageParams } from './messages';
import { useConfigurator, useT } from './store-context';
import { unitName } from '../domain/unit-name';

function problemMessage(problem: QuantityProblem, example: number): [MessageKey, MessageParams] {
  switch (problem.kind) {
    case 'notAWholeNumber':
      return ['quantity.notAWholeNumber', { example }];
    case 'belowMin':
      return ['quantity.belowMin', { min: problem.min }];
    case 'aboveMax':
      return ['quantity.aboveMax', { max: problem.max }];
    case 'offStep':
      return ['quantity.offStep', { step: problem.step, lower: problem.lower, upper: problem.upper }];
    default:
      return problem satisfies never;
  }
}

/** A typed value is kept as typed while it is refused, with the reason; only accepted values reach the store. */
export function QuantityInput({ module, quantity }: { module: CatalogModule; quantity: number }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const changeQuantity = useConfigurator((s) => s.changeQuantity);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const { min, max, step } = module.quantity;
  const read = draft === null ? null : readQuantity(module, draft);
  const problem = read && !read.ok ? problemMessage(read.error, module.quantity.default) : null;
  const onChange = (typed: string) => {
    const result = readQuantity(module, typed);
    if (result.ok) changeQuantity(module.id, result.value);
    setDraft(result.ok ? null : typed);
  };
  return (
    <div className="quantity">
      <label htmlFor={id} className="quantity-label">
        {t('quantity.label')} <span className="visually-hidden">{localise(module.name, lang)}</span>
      </label>
      <div className="quantity-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft ?? String(quantity)}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-range${problem ? ` ${id}-problem` : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="quantity-unit">{unitName(catalog, module.unit, quantity, lang)}</span>
      </div>
      <p id={`${id}-range`} className="quantity-range">
        {t('quantity.range', { min: formatNumber(min, lang), max: formatNumber(max, lang), step: formatNumber(step, lang) })}
      </p>
      {problem && <p id={`${id}-problem`} role="alert" className="field-error">{t(...problem)}</p>}
    </div>
  );
}
