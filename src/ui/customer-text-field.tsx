import { useState, type ClipboardEvent, type HTMLAttributes } from 'react';
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
  /** What to say when a paste is longer than the room left (the browser keeps its start silently). */
  pasteCut: (pasted: number, kept: number) => string;
  control: UseFormRegisterReturn & {
    maxLength: number;
    type?: 'text' | 'email' | 'tel';
    autoComplete?: string;
    inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
    spellCheck?: boolean;
  };
}

/**
 * A labelled text input with its hint and, when refused, its error linked by aria-describedby. A paste longer than
 * the room left is cut by the browser at maxLength without a word: the field says so until the next edit.
 */
export function CustomerTextField({ id, label, hint, error, required, multiline, pasteCut, control }: CustomerTextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const cutId = `${id}-cut`;
  const [cut, setCut] = useState<string | null>(null);
  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    const pasted = event.clipboardData.getData('text').length;
    const room = control.maxLength - (field.value.length - ((field.selectionEnd ?? 0) - (field.selectionStart ?? 0)));
    setCut(pasted > room ? pasteCut(pasted, Math.max(0, room)) : null);
  };
  const onInput = () => setCut(null);
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId, cut === null ? '' : cutId].filter(Boolean).join(' ');
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
      {multiline
        ? <textarea rows={3} {...control} {...a11y} onPaste={onPaste} onKeyDown={onInput} />
        : <input type="text" {...control} {...a11y} onPaste={onPaste} onKeyDown={onInput} />}
      {error !== undefined && <p className="customer-error" id={errorId} role="alert">{error}</p>}
      {cut !== null && <p className="customer-error" id={cutId} role="status">{cut}</p>}
    </div>
  );
}
