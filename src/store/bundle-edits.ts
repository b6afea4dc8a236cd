import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import { keptAddedNotes } from '../domain/draft-added-notes';
import { emptyConfiguration } from '../domain/empty-configuration';
import { analysisOf } from '../domain/engine/analyze-configuration';
import { withoutAdditionsLeftBehind, type ReasonsGone } from '../domain/engine/additions-left-behind';
import { completeImplied } from '../domain/engine/complete-implied';
import type { Explanation } from '../domain/engine/explanation';
import { coverQuantity } from '../domain/quantity';

/** The configuration plus the modules the configurator added on its own, with why. */
export interface Bundle {
  configuration: Configuration;
  addedAutomatically: Record<string, Explanation>;
}

export const emptyBundle = (catalog: Catalog): Bundle => ({ configuration: emptyConfiguration(catalog), addedAutomatically: {} });

type Change = (next: (b: Bundle) => Bundle, mergeKey?: string | null) => void;

/** Applies an edit to the configuration alone; returning the same object means nothing changed (no history entry). */
const editConfiguration = (edit: (c: Configuration) => Configuration) => (b: Bundle): Bundle => {
  const configuration = edit(b.configuration);
  return configuration === b.configuration ? b : { ...b, configuration };
};

/**
 * The bundle after an edit took `gone` away (configuration: the edited one): the modules added on its own for what left
 * go with it when nothing else needs them (additions-left-behind.ts), and no note « added because » names what left:
 * a module kept because what is left implies it says so anew; one kept otherwise (its quantity set by the buyer, or
 * one option of a rule that has others) stays but no longer says why.
 */
function takeAway(catalog: Catalog, bundle: Bundle, configuration: Configuration, gone: ReasonsGone): Bundle {
  const { configuration: after, restated } = withoutAdditionsLeftBehind(catalog, configuration, bundle.addedAutomatically, gone);
  return { configuration: after, addedAutomatically: { ...keptAddedNotes(catalog, after, bundle.addedAutomatically), ...restated } };
}

/**
 * After a choice, adds what every valid completion now needs (the only option of a `requires`), each with why. What
 * was needed before the choice is not added on its way: the banner offers it (a demand or a removal left it
 * missing), and a choice elsewhere adding it unasked would be a change the buyer did not make; unless the choice
 * needs it itself (its reason names `chosen`: Outscale storage needs its server whatever else did).
 */
function withImplied(catalog: Catalog, before: Configuration, bundle: Bundle, chosen: string): Bundle {
  // The configuration before the edit is the one on screen: its analysis is already there (cached).
  const missing = new Set(analysisOf(catalog, before).explanations.implied.map((because) => because.module));
  const added = completeImplied(catalog, bundle.configuration).added.filter((a) => !missing.has(a.module) || a.because.modules.includes(chosen));
  if (added.length === 0) return bundle;
  const items = [...bundle.configuration.items, ...added.map(({ module, quantity }) => ({ module, quantity }))];
  return {
    configuration: { ...bundle.configuration, items },
    addedAutomatically: { ...bundle.addedAutomatically, ...Object.fromEntries(added.map((a) => [a.module, a.because])) },
  };
}

/** The domain verbs that edit the bundle. */
/** The edit of a module's quantity: its steps merge into one change (typing a number digit by digit). */
export const quantityEdit = (moduleId: string) => `quantity:${moduleId}`;

export function bundleEdits(catalog: Catalog, change: Change) {
  const modules = new Map(catalog.modules.map((m) => [m.id, m]));
  return {
    selectModule: (moduleId: string, quantity?: number, typed = false) =>
      change((b) => {
        const module = modules.get(moduleId);
        if (!module || b.configuration.items.some((i) => i.module === moduleId)) return b;
        const items = [...b.configuration.items, { module: moduleId, quantity: quantity ?? module.quantity.default }];
        return withImplied(catalog, b.configuration, { ...b, configuration: { ...b.configuration, items } }, moduleId);
      }, typed ? quantityEdit(moduleId) : null),
    removeModule: (moduleId: string) =>
      change((b) => {
        if (!b.configuration.items.some((i) => i.module === moduleId)) return b;
        const items = b.configuration.items.filter((i) => i.module !== moduleId);
        return takeAway(catalog, b, { ...b.configuration, items }, { modules: [moduleId], qualifications: [] });
      }),
    /** Takes `incoming` in place of `outgoing` (the choices that block it), as one undoable change. */
    swapModule: (outgoing: readonly string[], incoming: string) =>
      change((b) => {
        const module = modules.get(incoming);
        const items = b.configuration.items.filter((i) => !outgoing.includes(i.module));
        if (!module || items.length !== b.configuration.items.length - outgoing.length || items.some((i) => i.module === incoming)) return b;
        // Only a swap that frees the incoming module: until a card's fuller reasons arrive, « Prendre Business à la
        // place » of Essentielle alone would have left Protect without its mail (review).
        if (!analysisOf(catalog, { ...b.configuration, items }).evaluation.selectable.includes(incoming)) return b;
        // The buyer's count carries over in the same unit (122 users stay 122 users; the largest when several go), at
        // the smallest quantity the incoming module takes that covers it (review: the nearest cut 122 to 120 by 5s);
        // another unit starts at its default.
        const counts = b.configuration.items.filter((i) => outgoing.includes(i.module) && modules.get(i.module)?.unit === module.unit).map((i) => i.quantity);
        const quantity = counts.length ? coverQuantity(Math.max(...counts), module.quantity) : module.quantity.default;
        const configuration = { ...b.configuration, items: [...items, { module: incoming, quantity }] };
        // What was missing is judged without the outgoing modules: the conflict they were in had no completion to judge by.
        return withImplied(catalog, { ...b.configuration, items }, takeAway(catalog, b, configuration, { modules: outgoing, qualifications: [] }), incoming);
      }),
    /** Takes back several choices as one undoable change: what a blocked card needs gone together. */
    takeBack: (gone: ReasonsGone) =>
      change((b) => {
        const items = b.configuration.items.filter((i) => !gone.modules.includes(i.module));
        const requirements = b.configuration.requirements.filter((q) => !gone.qualifications.includes(q));
        if (items.length === b.configuration.items.length && requirements.length === b.configuration.requirements.length) return b;
        return takeAway(catalog, b, { ...b.configuration, items, requirements }, gone);
      }),
    changeQuantity: (moduleId: string, quantity: number) =>
      change(
        editConfiguration((c) => {
          const item = c.items.find((i) => i.module === moduleId);
          if (!item || item.quantity === quantity) return c;
          return { ...c, items: c.items.map((i) => (i.module === moduleId ? { ...i, quantity } : i)) };
        }),
        quantityEdit(moduleId),
      ),
    chooseTerm: (months: number) => change(editConfiguration((c) => (c.termMonths === months ? c : { ...c, termMonths: months }))),
    demandQualification: (id: string) =>
      change(editConfiguration((c) => (c.requirements.includes(id) ? c : { ...c, requirements: [...c.requirements, id] }))),
    /** What the demand added on its own goes with it, as a removed module's additions do. */
    waiveQualification: (id: string) =>
      change((b) => (b.configuration.requirements.includes(id)
        ? takeAway(catalog, b, { ...b.configuration, requirements: b.configuration.requirements.filter((q) => q !== id) }, { modules: [], qualifications: [id] })
        : b)),
    negotiateDiscount: (basisPoints: number) =>
      change(editConfiguration((c) => (c.salesDiscountBp === basisPoints ? c : { ...c, salesDiscountBp: basisPoints })), 'salesDiscount'),
  };
}
