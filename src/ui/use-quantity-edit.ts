import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { readQuantity } from '../domain/quantity';
import type { ConfiguratorState } from '../store/configurator-store';
import { StoreContext } from './store-context';

/** A valid text is applied once typing pauses this long (in ms), so a number typed digit by digit is applied once. */
export const APPLY_AFTER_MS = 400;

/**
 * The text of a quantity field and when it reaches the store. A valid text is applied after a pause,
 * on Enter, on leaving the field or when the page is hidden; a refused text is kept and never applied,
 * and if this edit had already applied a value (a pause in the middle of a number), the quantity goes
 * back to what it was before the edit, so the quote never ends at a prefix the buyer did not mean.
 * A change made elsewhere (undo, redo, a repair, another card) puts a refused text back to the quantity in force;
 * a valid text waiting for its pause is kept unless that change set this very quantity.
 */
export function useQuantityEdit(module: CatalogModule, quantity: number) {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useQuantityEdit needs a StoreContext provider');
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<number | null>(null);
  // The quantity before this edit first wrote to the store; null while the edit has written nothing.
  const before = useRef<number | null>(null);
  // True while our own write runs, to tell it from changes made elsewhere (the store notifies synchronously).
  const writing = useRef(false);

  const write = useCallback(
    (value: number) => {
      writing.current = true;
      try {
        store.getState().changeQuantity(module.id, value);
      } finally {
        writing.current = false;
      }
    },
    [store, module.id],
  );
  const quantityIn = useCallback((state: ConfiguratorState) => state.configuration.items.find((i) => i.module === module.id)?.quantity, [module.id]);
  const inForce = useCallback(() => quantityIn(store.getState()), [store, quantityIn]);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value === null || value === inForce()) return;
    before.current ??= inForce() ?? null;
    write(value);
  }, [inForce, write]);

  useEffect(() => {
    // Captured, so the quantity is in the store before the draft keeper saves on the same events.
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush, { capture: true });
    document.addEventListener('visibilitychange', onHidden, { capture: true });
    const unsubscribe = store.subscribe((state, previous) => {
      if (writing.current || state.configuration === previous.configuration) return;
      // A valid text waiting for its pause still applies, unless this very quantity was changed elsewhere.
      if (pending.current !== null && quantityIn(state) === quantityIn(previous)) return;
      clearTimeout(timer.current);
      pending.current = null;
      before.current = null;
      setDraft(null);
    });
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', flush, { capture: true });
      document.removeEventListener('visibilitychange', onHidden, { capture: true });
    };
  }, [store, flush, quantityIn]);

  /** The buyer typed: keep the text, apply it after a pause if it is valid, undo this edit's writes if it is not. */
  const type = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    const read = readQuantity(module, text);
    pending.current = read.ok ? read.value : null;
    if (read.ok) timer.current = setTimeout(flush, APPLY_AFTER_MS);
    else if (before.current !== null && before.current !== inForce()) write(before.current);
  };
  /** Enter, leaving the field, or a step with the arrows: apply now and end the edit (a refused text stays as typed). */
  const commit = (value?: number) => {
    if (value !== undefined) pending.current = value;
    const valid = pending.current !== null || draft === null || readQuantity(module, draft).ok;
    flush();
    before.current = null;
    if (valid) setDraft(null);
  };
  return { text: draft ?? String(quantity), draft, type, commit };
}
