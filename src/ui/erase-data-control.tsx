import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../domain/language';
import { eraseWords } from './erase-data-words';
import './erase-data-control.css';

export interface EraseDataControlProps {
  lang: Language;
  /** Erases this app's data from the browser and shows an empty configuration on a new store. */
  onErase: () => void;
}

/**
 * « Effacer mes données de ce navigateur », in two steps: the first click opens an inline confirmation (focus on
 * its confirm button; Escape or « Annuler » closes it and gives the focus back), the second erases. Either way the
 * focus ends on the first button, which stays where it was (the section stays on screen over the new store).
 */
export function EraseDataControl({ lang, onErase }: EraseDataControlProps) {
  const words = eraseWords(lang);
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  const close = () => {
    setConfirming(false);
    opener.current?.focus();
  };
  const erase = () => {
    onErase();
    setErased(true);
    close();
  };
  return (
    <div className="erase-data">
      <button
        ref={opener} type="button" className="erase-data-open" aria-describedby={`${id}-what`}
        aria-expanded={confirming} aria-controls={confirming ? `${id}-confirm` : undefined}
        onClick={() => {
          setErased(false);
          if (confirming) confirm.current?.focus();
          else setConfirming(true);
        }}
      >
        {words('erase.button')}
      </button>
      <p id={`${id}-what`} className="erase-data-what">{words('erase.what')}</p>
      {confirming && (
        <div
          id={`${id}-confirm`} className="erase-data-confirm" role="group" aria-labelledby={`${id}-line`}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <p id={`${id}-line`} className="erase-data-line">{words('erase.confirmLine')}</p>
          <div className="erase-data-actions">
            <button ref={confirm} type="button" className="erase-data-confirm-button" onClick={erase}>{words('erase.confirm')}</button>
            <button type="button" onClick={close}>{words('erase.cancel')}</button>
          </div>
        </div>
      )}
      <p role="status" className="erase-data-status">{erased && words('erase.done')}</p>
    </div>
  );
}
