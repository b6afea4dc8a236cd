import { createStore } from 'zustand/vanilla';
import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import type { Explanation } from '../domain/engine/explanation';
import type { ReasonsGone } from '../domain/engine/additions-left-behind';
import { keptAddedNotes } from '../domain/draft-added-notes';
import { inferredAdditions } from '../domain/engine/inferred-additions';
import { emptyCustomer, type CustomerDetails } from '../domain/customer';
import type { Language } from '../domain/language';
import { bundleEdits, emptyBundle, quantityEdit, type Bundle } from './bundle-edits';
import { dropLastStep, emptyHistory, recordChange, stepBack, stepForward, type History } from './history';

/** Facts only: what the buyer decided. Quotes, violations and explanations are derived by selectors. */
export interface ConfiguratorFacts extends Bundle {
  catalog: Catalog;
  customer: CustomerDetails;
  notes: string;
  salesMode: boolean;
  lang: Language;
  history: History<Bundle>;
  /** The last edit that may merge with the next one (typing a quantity digit by digit is one change). */
  lastEdit: string | null;
  /** Messages for the user about what happened outside their edits (a link opened, a draft set aside). */
  notices: Notice[];
  /** The fuller reasons of the blocked modules, worked out after the change (app/blocked-details), when there are any. */
  blockedDetails: BlockedDetails | null;
}

/**
 * The blocked modules of `configuration` as domain/engine/conflict-explanation says them (in conflict) or
 * domain/engine/blocked-explanation (a module that one choice of its reason does not free).
 */
export interface BlockedDetails {
  configuration: Configuration;
  blocked: readonly Explanation[];
}

/** Words for the user: fixed, or written for a language so the notice follows the language switch. */
/** A sentence worded in the language on screen when it is shown: a language switch words it again. */
export type Worded = (lang: Language) => string;

export type NoticeText = string | Worded;

export const noticeWords = (text: NoticeText, lang: Language): string => (typeof text === 'function' ? text(lang) : text);

/** Something a notice offers to do (e.g. restore the draft a link replaced). */
export interface NoticeAction {
  label: NoticeText;
  run: () => void;
}

/** One of the things a notice lists, with what can be done with it (its id tells it from the others). */
export interface NoticeItem {
  id: string;
  text: NoticeText;
  actions: NoticeAction[];
}

/** A message to show until dismissed, about what happened outside the user's edits. */
export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: NoticeText;
  action?: NoticeAction;
  items?: NoticeItem[];
}

export interface ConfiguratorActions {
  /**
   * Adds a module at its default quantity, or at `quantity` typed in its card before it was chosen: that is the start
   * of the quantity's edit (`typed`), which the rest of the typing merges into and dropEdit can take back.
   */
  selectModule(moduleId: string, quantity?: number, typed?: boolean): void;
  removeModule(moduleId: string): void;
  swapModule(outgoing: readonly string[], incoming: string): void;
  takeBack(gone: ReasonsGone): void;
  changeQuantity(moduleId: string, quantity: number): void;
  /** Ends the edit in progress (a field left or Enter pressed): the next change of the same value is a change of its own. */
  endEdit(): void;
  setBlockedDetails(details: BlockedDetails): void;
  /**
   * Takes back the edit in progress of a module's quantity, as if it had never been made: the bundle from before it,
   * no step to undo or redo (typing dropped with Escape or Ctrl+Z). False when that edit is no longer the last change.
   */
  dropEdit(moduleId: string): boolean;
  chooseTerm(months: number): void;
  demandQualification(qualificationId: string): void;
  waiveQualification(qualificationId: string): void;
  negotiateDiscount(basisPoints: number): void;
  /**
   * Opens a configuration from elsewhere (a share link, an import): one undoable change. Its « Ajouté d’office » notes
   * are `notes` when it had them (the configuration an import replaced, put back), else inferred from the rules
   * (domain/engine/inferred-additions.ts).
   */
  replaceConfiguration(configuration: Configuration, notes?: Record<string, Explanation>): void;
  /** Applies one of the engine's repairs: one undoable change that keeps the notes « Ajouté d’office » still true. */
  applyRepair(configuration: Configuration): void;
  fillCustomer(customer: CustomerDetails): void;
  writeNotes(notes: string): void;
  toggleSalesMode(): void;
  switchLanguage(lang: Language): void;
  undo(): void;
  redo(): void;
  /** Shows a notice; returns its id, never given to another notice of this store (to dismiss it later). */
  postNotice(notice: Omit<Notice, 'id'>): number;
  dismissNotice(id: number): void;
}

export type ConfiguratorState = ConfiguratorFacts & ConfiguratorActions;

export interface StartingPoint {
  catalog: Catalog;
  lang: Language;
  bundle?: Bundle;
  customer?: CustomerDetails;
  notes?: string;
  salesMode?: boolean;
}

/** Two bundles that read the same (values, not identities: an edit may rebuild what it started from). */
const sameBundle = (a: Bundle, b: Bundle): boolean => JSON.stringify(a) === JSON.stringify(b);

export function createConfiguratorStore(start: StartingPoint) {
  const { catalog } = start;
  return createStore<ConfiguratorState>()((set, get) => {
    /** Every change to the bundle goes through here, so each one can be undone. */
    const change = (next: (b: Bundle) => Bundle, mergeKey: string | null = null) => {
      const state = get();
      const before: Bundle = { configuration: state.configuration, addedAutomatically: state.addedAutomatically };
      const after = next(before);
      if (after.configuration === before.configuration && after.addedAutomatically === before.addedAutomatically) return;
      const merge = mergeKey !== null && mergeKey === state.lastEdit;
      // An edit that comes back to where it started (a prefix applied, then refused) leaves no step to undo.
      const start = state.history.past.at(-1);
      if (merge && start !== undefined && sameBundle(start, after)) return set({ ...after, history: dropLastStep(state.history), lastEdit: null });
      set({ ...after, history: merge ? state.history : recordChange(state.history, before), lastEdit: mergeKey });
    };
    const travel = (step: ReturnType<typeof stepBack<Bundle>>) => {
      if (step) set({ ...step.snapshot, history: step.history, lastEdit: null });
    };
    const current = (): Bundle => ({ configuration: get().configuration, addedAutomatically: get().addedAutomatically });
    let lastNoticeId = 0;
    return {
      catalog,
      ...(start.bundle ?? emptyBundle(catalog)),
      customer: start.customer ?? emptyCustomer(),
      notes: start.notes ?? '',
      salesMode: start.salesMode ?? false,
      lang: start.lang,
      history: emptyHistory(),
      lastEdit: null,
      notices: [],
      blockedDetails: null,
      setBlockedDetails: (blockedDetails) => set({ blockedDetails }),
      ...bundleEdits(catalog, change),
      endEdit: () => set({ lastEdit: null }),
      dropEdit: (moduleId) => {
        const state = get();
        const start = state.history.past.at(-1);
        if (state.lastEdit !== quantityEdit(moduleId) || start === undefined) return false;
        set({ ...start, history: dropLastStep(state.history), lastEdit: null });
        return true;
      },
      replaceConfiguration: (configuration, notes) =>
        change(() => ({ configuration, addedAutomatically: notes ?? inferredAdditions(catalog, configuration) })),
      applyRepair: (configuration) => change((b) => ({ configuration, addedAutomatically: keptAddedNotes(catalog, configuration, b.addedAutomatically) })),
      fillCustomer: (customer) => set({ customer }),
      writeNotes: (notes) => set({ notes }),
      toggleSalesMode: () => set({ salesMode: !get().salesMode }),
      switchLanguage: (lang) => set({ lang }),
      undo: () => travel(stepBack(get().history, current())),
      redo: () => travel(stepForward(get().history, current())),
      postNotice: (notice) => {
        set({ notices: [...get().notices, { ...notice, id: ++lastNoticeId }] });
        return lastNoticeId;
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
  });
}

export type ConfiguratorStore = ReturnType<typeof createConfiguratorStore>;
