import type { UseFormRegisterReturn } from 'react-hook-form';

interface CustomerSectorFieldProps {
  id: string;
  legend: string;
  options: readonly { value: 'public' | 'private'; label: string }[];
  /** The error already said in the user's language. */
  error?: string;
  control: UseFormRegisterReturn<'sector'>;
}

/** Public or private sector as two radio buttons in a fieldset, the error linked to each. */
export function CustomerSectorField({ id, legend, options, error, control }: CustomerSectorFieldProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset className="customer-field customer-sector">
      <legend className="customer-label">{legend}</legend>
      <div className="customer-choices">
        {options.map((option) => (
          <label className="customer-choice" key={option.value} htmlFor={`${id}-${option.value}`}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              value={option.value}
              {...control}
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={error === undefined ? undefined : errorId}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error !== undefined && <p className="customer-error" id={errorId} role="alert">{error}</p>}
    </fieldset>
  );
}
