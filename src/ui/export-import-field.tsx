import { useId, type ChangeEvent } from 'react';

interface ImportFieldProps {
  label: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** A labelled file input for JSON files; choosing the same file twice imports it twice. */
export function ImportField({ label, disabled, onFile }: ImportFieldProps) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="documents-import">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept="application/json,.json" disabled={disabled} onChange={onChange} />
    </div>
  );
}
