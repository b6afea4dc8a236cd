import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import type { Explanation } from './engine/explanation';
import { isRecord } from './is-record';

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 1000 && v.every((x) => typeof x === 'string' && x.length <= 80);

/** A saved "added because" is kept only when it has the shape the engine gives; otherwise the note is just dropped. */
const isExplanation = (module: string, v: unknown): v is Explanation =>
  isRecord(v) && v.kind === 'implied' && v.module === module && isIdList(v.modules) && isIdList(v.qualifications) && isIdList(v.rules);

/**
 * The « Ajouté d’office » notes of a saved draft that still hold: the module is chosen, and so is every choice
 * the note gives as its cause (modules, demanded qualifications), and every rule it cites is today's catalog's (or a
 * qualification demanded). Any other is stale (an earlier version kept them after the cause was unticked, or a demand
 * was waived; a draft carried over from a revision whose rules were renamed) or made up (a rule id would print as
 * itself), and is dropped rather than shown.
 */
export function keptAddedNotes(catalog: Catalog, configuration: Configuration, saved: unknown): Record<string, Explanation> {
  if (!isRecord(saved)) return {};
  const chosen = new Set(configuration.items.map((i) => i.module));
  const rules = new Set([...catalog.rules.map((r) => r.id), ...configuration.requirements.map((q) => `qualification:${q}`)]);
  const holds = (module: string, note: Explanation) => chosen.has(module) && note.modules.every((m) => chosen.has(m))
    && note.qualifications.every((q) => configuration.requirements.includes(q)) && note.rules.every((r) => rules.has(r));
  return Object.fromEntries(
    Object.entries(saved).filter((entry): entry is [string, Explanation] => isExplanation(entry[0], entry[1]) && holds(entry[0], entry[1])),
  );
}
