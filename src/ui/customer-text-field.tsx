import type { HTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface CustomerTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The error already said in the user's language. */
  error?: string;
  required?: boolean;
  /** The address is a multi-line postal address. */
  multiline?: boolean;
  control: UseFormRegisterReturn & {
    type?: 'text' | 'email' | 'tel';
    autoComplete?: string;
    inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
    spellCheck?: boolean;
  };
}

/** A labelled text input with its hint and, when refused, its error linked by aria-describedby. */
export function CustomerTextField({ id, label, hint, error, required, multiline, control }: CustomerTextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId].filter(Boolean).join(' ');
  const a11y = {
    id,
    className: 'customer-input',
    'aria-required': required ? true : undefined,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  };
  return (
    <div className="customer-field">
      <label className="customer-label" htmlFor={id}>{label}</label>
      {hint !== undefined && <p className="customer-hint" id={hintId}>{hint}</p>}
      {multiline ? <textarea rows={3} {...control} {...a11y} /> : <input type="text" {...control} {...a11y} />}
      {error !== undefined && <p className="customer-error" id={errorId} role="alert">{error}</p>}
    </div>
  );
}
