import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { quantityBounds, withinBounds } from './quantity-bounds';
import { recommendationsOf, rulesTriggeredBy } from './rule-index';

/** A rule the selection breaks, with the selected modules involved (spec §2). */
export interface Violation {
  rule: string;
  modules: string[];
}

/**
 * The violations of a configuration, as the selection stands (no look-ahead): catalog
 * rules in catalog order, then `drawer:<id>` in drawer order, then
 * `qualification:<id>` in the order the buyer demanded them.
 */
export function findViolations(catalog: Catalog, configuration: Configuration): Violation[] {
  const quantityOf = new Map(configuration.items.map((i) => [i.module, i.quantity]));
  const selected = (id: string): boolean => quantityOf.has(id);
  const violations: Violation[] = [];
  const triggered = rulesTriggeredBy(catalog);
  const positions = [...new Set(configuration.items.flatMap((i) => triggered.get(i.module) ?? []))].sort((a, b) => a - b);
  for (const rule of positions.map((p) => catalog.rules[p]).filter((r) => r !== undefined)) {
    if (rule.type === 'requires') {
      if (selected(rule.module) && !rule.anyOf.some(selected)) violations.push({ rule: rule.id, modules: [rule.module] });
    } else if (rule.type === 'excludes') {
      const chosen = unique(rule.modules.filter(selected));
      if (chosen.length > 1) violations.push({ rule: rule.id, modules: chosen });
    } else if (rule.type === 'quantity') {
      const of = unique(rule.of.filter(selected));
      if (!selected(rule.module) || of.length === 0) continue;
      const total = of.reduce((sum, id) => sum + (quantityOf.get(id) ?? 0), 0);
      if (!withinBounds(quantityOf.get(rule.module) ?? 0, quantityBounds(rule, total))) {
        violations.push({ rule: rule.id, modules: unique([rule.module, ...of]) });
      }
    }
  }
  const chosen = catalog.modules.filter((m) => selected(m.id));
  for (const drawer of catalog.drawers) {
    if (drawer.select !== 'one') continue;
    const inDrawer = chosen.filter((m) => m.drawer === drawer.id).map((m) => m.id);
    if (inDrawer.length > 1) violations.push({ rule: `drawer:${drawer.id}`, modules: inDrawer });
  }
  for (const demanded of configuration.requirements) {
    const qualification = catalog.qualifications.find((q) => q.id === demanded);
    if (!qualification) continue;
    const offending = chosen.filter((m) => qualification.appliesTo.includes(m.drawer) && !m.qualifications.includes(demanded)).map((m) => m.id);
    if (offending.length > 0) violations.push({ rule: `qualification:${demanded}`, modules: offending });
  }
  return violations;
}

/** Ids of the `recommends` rules that fire (module chosen, none of its options), catalog order. */
export function findSuggestions(catalog: Catalog, configuration: Configuration): string[] {
  const chosen = new Set(configuration.items.map((i) => i.module));
  const index = recommendationsOf(catalog);
  const positions = [...chosen].flatMap((id) => index.get(id) ?? []).sort((a, b) => a - b);
  return positions
    .map((p) => catalog.rules[p])
    .filter((r) => r?.type === 'recommends' && !r.anyOf.some((id) => chosen.has(id)))
    .map((r) => r?.id ?? '');
}

const unique = (ids: string[]): string[] => [...new Set(ids)];
