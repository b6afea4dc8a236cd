import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import type { Explanation } from './engine/explanation';
import { isRecord } from './is-record';

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 1000 && v.every((x) => typeof x === 'string' && x.length <= 80);

/** A saved "added because" is kept only when it has the shape the engine gives; otherwise the note is just dropped. */
const isExplanation = (module: string, v: unknown): v is Explanation =>
  isRecord(v) && v.kind === 'implied' && v.module === module && isIdList(v.modules) && isIdList(v.qualifications) && isIdList(v.rules);

/** The rule ids an explanation may cite: the catalog's rules, and its drawers' and qualifications' own (`drawer:<id>`, `qualification:<id>`). */
function ruleIds(catalog: Catalog): Set<string> {
  return new Set([
    ...catalog.rules.map((r) => r.id),
    ...catalog.drawers.map((d) => `drawer:${d.id}`),
    ...catalog.qualifications.map((q) => `qualification:${q.id}`),
  ]);
}

/**
 * The « Ajouté d’office » notes of a saved draft that still hold: the module is chosen, and so is every choice
 * the note gives as its cause (modules, demanded qualifications), through rules the catalog has. Any other is
 * stale (an earlier version kept them after the cause was unticked) or made up, and is dropped rather than shown.
 */
export function keptAddedNotes(catalog: Catalog, configuration: Configuration, saved: unknown): Record<string, Explanation> {
  if (!isRecord(saved)) return {};
  const chosen = new Set(configuration.items.map((i) => i.module));
  const demanded = new Set(configuration.requirements);
  const rules = ruleIds(catalog);
  const holds = (module: string, note: Explanation) => chosen.has(module) && note.modules.every((m) => chosen.has(m))
    && note.qualifications.every((q) => demanded.has(q)) && note.rules.every((r) => rules.has(r));
  return Object.fromEntries(
    Object.entries(saved).filter((entry): entry is [string, Explanation] => isExplanation(entry[0], entry[1]) && holds(entry[0], entry[1])),
  );
}
