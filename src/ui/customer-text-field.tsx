import { useRef, useState, type ClipboardEvent, type FormEvent, type HTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { visibleLength } from '../domain/grapheme';

interface CustomerTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The error already said in the user's language. */
  error?: string;
  /** The error was found in what a reload put back, not as the user typed: shown and linked, not announced. */
  quiet?: boolean;
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

/** Characters as a reader counts them (« 👍 », 👨‍👩‍👧 and « é » typed as e + accent are one each), not the UTF-16 units maxLength counts. */
const charactersIn = visibleLength;

/**
 * A labelled text input with its hint and, when refused, its error linked by aria-describedby. A paste longer than
 * the room left is cut by the browser at maxLength without a word: the field says so, in characters, until the next
 * edit. What the paste kept is read from the field once the browser has put it there (a one-line field drops the
 * paste's line breaks: a text that fits once they are gone is not said cut).
 */
export function CustomerTextField({ id, label, hint, error, quiet, required, multiline, pasteCut, control }: CustomerTextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const cutId = `${id}-cut`;
  const [cut, setCut] = useState<{ pasted: number; kept: number } | null>(null);
  const paste = useRef<{ pasted: number; before: number } | null>(null);
  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    const text = event.clipboardData.getData('text');
    const start = field.selectionStart ?? field.value.length;
    const rest = field.value.slice(0, start) + field.value.slice(field.selectionEnd ?? start);
    // What the field keeps of it when nothing is cut: a one-line field drops its line breaks, an e-mail field the spaces
    // around it (QA: « jean@exemple.fr » pasted with a space each side was said cut).
    const lines = multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, '');
    const pasted = charactersIn(field.type === 'email' ? lines.trim() : lines);
    paste.current = { pasted, before: charactersIn(rest) };
    // A full field takes nothing, and the browser then sends no input event to read it from.
    if (pasted > 0 && rest.length >= control.maxLength) setCut({ pasted, kept: 0 });
  };
  const onInput = (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const pasted = paste.current;
    paste.current = null;
    const kept = pasted && (event.nativeEvent as InputEvent).inputType === 'insertFromPaste' ? charactersIn(event.currentTarget.value) - pasted.before : null;
    setCut(pasted && kept !== null && kept < pasted.pasted ? { pasted: pasted.pasted, kept } : null);
  };
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
        ? <textarea rows={3} {...control} {...a11y} onPaste={onPaste} onInput={onInput} />
        : <input type="text" {...control} {...a11y} onPaste={onPaste} onInput={onInput} />}
      {error !== undefined && <p className="customer-error" id={errorId} role={quiet ? undefined : 'alert'}>{error}</p>}
      {cut !== null && <p className="customer-error" id={cutId} role="status">{pasteCut(cut.pasted, cut.kept)}</p>}
    </div>
  );
}
