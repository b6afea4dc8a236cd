import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ConfiguratorState } from '../store/configurator-store';
import { StoreContext } from './store-context';

/** A valid text is applied once typing pauses this long (in ms), so a number typed digit by digit is applied once. */
export const APPLY_AFTER_MS = 400;

/** A number the user types into a field, and the fact of the store it sets. */
export interface TypedNumber {
  /** The number a text stands for, or a refusal (said by the field itself). */
  read(text: string): { ok: true; value: number } | { ok: false };
  /** The value in force in a store state (undefined once it no longer exists, e.g. its module was removed). */
  inForce(state: ConfiguratorState): number | undefined;
  /** Sets the value: one store action. */
  write(state: ConfiguratorState, value: number): void;
  /** Takes the value out again (a module chosen by typing in its card): how an edit that began with no value goes back. */
  clear?(state: ConfiguratorState): void;
  /** How the value in force is written in the field. */
  shown(value: number): string;
}

/** The flush of every typed field on the page (useTypedEdit). */
const typedEdits = new Set<() => void>();

/**
 * Applies every valid text still waiting for its pause, on every typed field: what a print or a page being left calls
 * before it reads the configuration. Not each field's own listener: at the window, Chromium runs listeners in the order
 * they were added, capturing or not, so a field mounted after the print host (the sales discount, a card shown again
 * after a search) applied its text after the devis was made (QA).
 */
export const applyTypedEdits = (): void => typedEdits.forEach((flush) => flush());

/** For the field's `ref`: the browser's undo reached another way than the keys (its menu) is refused too (see undoKey). */
export function refuseBrowserUndo(input: HTMLInputElement | null): (() => void) | undefined {
  if (!input) return undefined;
  const refuse = (event: InputEvent) => event.inputType.startsWith('history') && event.preventDefault();
  input.addEventListener('beforeinput', refuse);
  return () => input.removeEventListener('beforeinput', refuse);
}

/**
 * The text of a field that sets a number, and when it reaches the store. A valid text is applied after
 * a pause, on Enter, on leaving the field, when the page is hidden or printed (applyTypedEdits); a refused text is kept and never
 * applied, and if this edit had already applied a value (a pause in the middle of a number), the value
 * goes back to what it was before the edit, so the quote never ends at a prefix the user did not mean.
 * A change made elsewhere (undo, redo, a repair, a shared link) puts a refused text back to the value in
 * force; a valid text waiting for its pause is kept unless that change set this very value.
 */
export function useTypedEdit(field: TypedNumber, value: number) {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTypedEdit needs a StoreContext provider');
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<number | null>(null);
  // The value before this edit first wrote to the store (undefined: there was none); null while the edit has written nothing.
  const before = useRef<number | undefined | null>(null);
  // True while our own write runs, to tell it from changes made elsewhere (the store notifies synchronously).
  const writing = useRef(false);
  // The field's description changes with its props (a module, a language); the latest one is used.
  const latest = useRef(field);
  useLayoutEffect(() => {
    latest.current = field;
  });

  /** Sets the value, or takes it out (undefined): our own change, told apart from changes made elsewhere. */
  const write = useCallback(
    (next: number | undefined) => {
      writing.current = true;
      try {
        if (next === undefined) latest.current.clear?.(store.getState());
        else latest.current.write(store.getState(), next);
      } finally {
        writing.current = false;
      }
    },
    [store],
  );
  const inForce = useCallback(() => latest.current.inForce(store.getState()), [store]);
  /** Puts back the value from before this edit's writes (takes it out when there was none). */
  const goBack = useCallback(() => {
    if (before.current !== null && before.current !== inForce()) write(before.current);
  }, [inForce, write]);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next === null || next === inForce()) return;
    if (before.current === null) before.current = inForce();
    write(next);
  }, [inForce, write]);

  useEffect(() => {
    typedEdits.add(flush);
    const unsubscribe = store.subscribe((state, previous) => {
      if (writing.current || state.configuration === previous.configuration) return;
      // A valid text waiting for its pause still applies, unless this very value was changed elsewhere.
      if (pending.current !== null && latest.current.inForce(state) === latest.current.inForce(previous)) return;
      clearTimeout(timer.current);
      pending.current = null;
      before.current = null;
      setDraft(null);
    });
    return () => {
      flush();
      unsubscribe();
      typedEdits.delete(flush);
    };
  }, [store, flush]);

  /** The user typed: keep the text, apply it after a pause if it is valid, undo this edit's writes if it is not. */
  const type = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    const read = field.read(text);
    pending.current = read.ok ? read.value : null;
    if (read.ok) timer.current = setTimeout(flush, APPLY_AFTER_MS);
    else goBack();
  };
  /** Escape: the typing is dropped, and what this edit had applied goes back to what it was before it. */
  const cancel = () => {
    clearTimeout(timer.current);
    pending.current = null;
    goBack();
    before.current = null;
    store.getState().endEdit();
    setDraft(null);
  };
  /** Enter, leaving the field, or a step with the arrows: apply now and end the edit (a refused text stays as typed). */
  const commit = (next?: number) => {
    if (next !== undefined) pending.current = next;
    // A text refused when typed may read otherwise now (the language changed since: « 4,000 » in English).
    const read = draft === null ? null : field.read(draft);
    if (pending.current === null && read?.ok) pending.current = read.value;
    const valid = pending.current !== null || read === null || read.ok;
    flush();
    before.current = null;
    // The next edit of this field is a change of its own, not one merged into this one.
    store.getState().endEdit();
    if (valid) setDraft(null);
  };
  /**
   * Ctrl+Z (⌘Z) while typing drops the typing, as Escape does; Ctrl+Shift+Z and Ctrl+Y then do nothing. Never the
   * browser's own undo: its history spans every field of the page, so from here it rewrote another card's quantity (and
   * the app applied it as a change); it is refused here, whether or not the page's shortcuts have loaded. With nothing
   * typed, the keys go on to the page's undo and redo of the configuration (app/keyboard-shortcuts). True when taken here.
   */
  const undoKey = (event: KeyboardEvent): boolean => {
    const key = event.key.toLowerCase();
    if (!((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'z' || key === 'y'))) return false;
    event.preventDefault();
    if (draft === null) return false;
    event.stopPropagation();
    if (key === 'z' && !event.shiftKey) cancel();
    return true;
  };
  return { text: draft ?? field.shown(value), draft, type, commit, cancel, undoKey };
}
