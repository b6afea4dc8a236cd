import { useId, type ChangeEvent } from 'react';

interface ImportFieldProps {
  label: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

/**
 * A labelled file input for JSON files; choosing the same file twice imports it twice. The native
 * control is visually hidden (its "Choose File" text follows the browser, not the page's language);
 * the label, styled as a button, opens it, and the input keeps the keyboard focus.
 */
export function ImportField({ label, disabled, onFile }: ImportFieldProps) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="documents-import">
      <input id={id} className="visually-hidden" type="file" accept="application/json,.json" disabled={disabled} onChange={onChange} />
      <label htmlFor={id} className="documents-import-button" aria-disabled={disabled}>{label}</label>
    </div>
  );
}
