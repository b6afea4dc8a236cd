import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import { namesWhatWent } from './engine/additions-left-behind';
import type { Evaluation } from './engine/evaluate';

/** One side of a change: the configuration, the modules added on their own, and its evaluation. */
export interface ConfigurationSide {
  configuration: Configuration;
  /** Why each was added: the choices and the demands that brought it in. */
  addedAutomatically: Readonly<Record<string, { modules: readonly string[]; qualifications: readonly string[] }>>;
  evaluation: Evaluation;
}

/** What one change did to a configuration, in catalog terms (module and qualification ids), for saying it. */
export interface ConfigurationChange {
  /** Modules added by the buyer, then those the configurator added with them (catalog order). */
  added: string[];
  addedAutomatically: string[];
  /** Modules removed by the buyer, then those that went with them: added for a choice or a demand the change took away. */
  removed: string[];
  removedAutomatically: string[];
  /** Modules kept with another quantity: the new quantity. */
  quantities: { module: string; quantity: number }[];
  /** The new commitment term in months, or null when it did not change. */
  termMonths: number | null;
  /** The new sales discount in basis points, or null when it did not change. */
  salesDiscountBp: number | null;
  demanded: string[];
  waived: string[];
  /** How many modules not chosen became blocked, and how many blocked ones became available. */
  ruledOut: number;
  availableAgain: number;
  /** The change made a configuration that broke rules orderable. */
  orderableAgain: boolean;
}

/** The modules neither chosen nor open to choice (spec §2): the cards shown blocked. */
function blockedModules(catalog: Catalog, side: ConfigurationSide): Set<string> {
  const chosen = new Set(side.configuration.items.map((i) => i.module));
  const open = new Set(side.evaluation.selectable);
  return new Set(catalog.modules.filter((m) => !chosen.has(m.id) && !open.has(m.id)).map((m) => m.id));
}

const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x));
const countMinus = (a: Set<string>, b: Set<string>): number => [...a].filter((x) => !b.has(x)).length;

/** Compares two configurations of one catalog: what a change added, removed and altered, and what it ruled out. */
export function compareConfigurations(catalog: Catalog, before: ConfigurationSide, after: ConfigurationSide): ConfigurationChange {
  const quantityBefore = new Map(before.configuration.items.map((i) => [i.module, i.quantity]));
  const quantityAfter = new Map(after.configuration.items.map((i) => [i.module, i.quantity]));
  const inCatalogOrder = (keep: (id: string) => boolean) => catalog.modules.map((m) => m.id).filter(keep);
  const added = inCatalogOrder((id) => quantityAfter.has(id) && !quantityBefore.has(id));
  const removed = inCatalogOrder((id) => quantityBefore.has(id) && !quantityAfter.has(id));
  const { termMonths, salesDiscountBp, requirements } = after.configuration;
  const gone = { modules: removed, qualifications: before.configuration.requirements.filter((q) => !requirements.includes(q)) };
  const wentWith = (id: string) => {
    const because = before.addedAutomatically[id];
    return because !== undefined && namesWhatWent(because, gone);
  };
  const blockedBefore = blockedModules(catalog, before);
  const blockedAfter = blockedModules(catalog, after);
  return {
    added: added.filter((id) => !(id in after.addedAutomatically)),
    addedAutomatically: added.filter((id) => id in after.addedAutomatically),
    removed: removed.filter((id) => !wentWith(id)),
    removedAutomatically: removed.filter(wentWith),
    quantities: after.configuration.items
      .filter((i) => quantityBefore.has(i.module) && quantityBefore.get(i.module) !== i.quantity)
      .map((i) => ({ module: i.module, quantity: i.quantity })),
    termMonths: termMonths === before.configuration.termMonths ? null : termMonths,
    salesDiscountBp: salesDiscountBp === before.configuration.salesDiscountBp ? null : salesDiscountBp,
    demanded: minus(requirements, before.configuration.requirements),
    waived: minus(before.configuration.requirements, requirements),
    ruledOut: countMinus(blockedAfter, blockedBefore),
    availableAgain: countMinus(blockedBefore, blockedAfter),
    orderableAgain: !before.evaluation.valid && after.evaluation.valid,
  };
}
