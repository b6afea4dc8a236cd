import type { Catalog } from './catalog-schema';
import type { Violation } from './engine/evaluate';
import { quantityBounds } from './engine/quantity-bounds';
import { allowedWithin } from './engine/quantity-repair';
import type { Configuration } from './configuration';
import { drawerName, moduleName, qualificationName } from './catalog-names';
import { deName } from './french-de';
import { typesetIn } from './french-typography';
import { localise, type Language } from './language';
import { formatList, formatNumber } from './locale-format';

/** `limit`: when no quantity of the module meets the bounds, the end of its own range they go past (« up to 10 000 »). */
type Quantity = (x: string, chosen: string, min: string, max: string | null, atLeastOne: boolean, limit?: { beyond: 'max' | 'min'; at: string }) => string;

const WORDS = {
  fr: {
    requires: (a: string, b: string) => `${a} nécessite ${b}.`,
    excludes: (list: string) => `${list} ne peuvent pas être pris ensemble.`,
    drawer: (d: string, list: string) => `Le tiroir « ${d} » n’accepte qu’un module ; vous en avez choisi plusieurs : ${list}.`,
    qualification: (q: string, list: string) => `Vous exigez ${q}, que n’ont pas : ${list}.`,
    // The chosen quantity comes last, after the bound: a name may end in brackets of its own (« WALLIX Authenticator (MFA) »).
    quantity: ((x, q, min, max, above, limit) =>
      `La quantité ${deName(x)} doit être ${max === null ? `d’au moins ${min}` : above ? `comprise entre ${min} et ${max}` : `d’au plus ${max}`} ; elle est de ${q}${
        limit ? `, et ce module ${limit.beyond === 'max' ? `s’arrête à ${limit.at}` : `commence à ${limit.at}`}` : ''}.`) as Quantity,
  },
  en: {
    requires: (a: string, b: string) => `${a} requires ${b}.`,
    excludes: (list: string) => `${list} cannot be taken together.`,
    drawer: (d: string, list: string) => `The “${d}” drawer takes one module only; you chose several: ${list}.`,
    qualification: (q: string, list: string) => `You require ${q}, which these lack: ${list}.`,
    quantity: ((x, q, min, max, above, limit) =>
      `The quantity of ${x} must be ${max === null ? `at least ${min}` : above ? `between ${min} and ${max}` : `at most ${max}`}; it is ${q}${
        limit ? `, and this module ${limit.beyond === 'max' ? `goes up to ${limit.at} only` : `starts at ${limit.at}`}` : ''}.`) as Quantity,
  },
} as const;

/** One sentence saying which rule a configuration breaks and how, using the rule's own message when the catalog gives one. */
export function describeViolation(catalog: Catalog, configuration: Configuration, violation: Violation, lang: Language): string {
  const text = violationSentence(catalog, configuration, violation, lang);
  return typesetIn(lang, text);
}

/**
 * The sentences of a configuration's violations, each said once: rules of a large catalog may share a message, and
 * the banner, the devis and a revision's comparison would repeat it.
 */
export function describeViolations(catalog: Catalog, configuration: Configuration, violations: readonly Violation[], lang: Language): string[] {
  return [...new Set(violations.map((violation) => describeViolation(catalog, configuration, violation, lang)))];
}

function violationSentence(catalog: Catalog, configuration: Configuration, violation: Violation, lang: Language): string {
  const words = WORDS[lang];
  const n = (x: number) => formatNumber(x, lang);
  const name = (id: string) => moduleName(catalog, id, lang);
  const and = (ids: string[]) => formatList(ids.map(name), lang, 'conjunction');
  const or = (ids: string[]) => formatList(ids.map(name), lang, 'disjunction');
  const [kind, target] = violation.rule.split(':');
  if (kind === 'drawer') return words.drawer(drawerName(catalog, String(target), lang), and(violation.modules));
  if (kind === 'qualification') return words.qualification(qualificationName(catalog, String(target), lang), and(violation.modules));
  const rule = catalog.rules.find((r) => r.id === violation.rule);
  if (!rule) return violation.rule;
  const own = rule.message ? `${localise(rule.message, lang)} ` : '';
  switch (rule.type) {
    case 'requires':
    case 'recommends':
      return rule.message ? localise(rule.message, lang) : words.requires(name(rule.module), or(rule.anyOf));
    case 'excludes':
      return rule.message ? localise(rule.message, lang) : words.excludes(and(violation.modules));
    case 'quantity': {
      const quantityOf = (id: string) => configuration.items.find((i) => i.module === id)?.quantity ?? 0;
      const total = rule.of.reduce((sum, id) => sum + (violation.modules.includes(id) ? quantityOf(id) : 0), 0);
      const bounds = quantityBounds(rule, total);
      // The bounds the buyer can type: « at least 4 997 » reads 5 000 for a module sold by 5, as its repair proposes.
      const module = catalog.modules.find((m) => m.id === rule.module);
      const allowed = module && allowedWithin(module, bounds.least, bounds.most);
      const least = allowed && bounds.least > 0 ? allowed.lowest : bounds.least;
      const most = allowed && Number.isFinite(bounds.most) ? allowed.highest : bounds.most;
      // No quantity of the module meets them: say which end of its range they go past, so no one hunts for one.
      const range = module?.quantity;
      const limit = allowed || !range ? undefined : bounds.least > range.max ? { beyond: 'max' as const, at: n(range.max) } : bounds.most < range.min ? { beyond: 'min' as const, at: n(range.min) } : undefined;
      return own + words.quantity(name(rule.module), n(quantityOf(rule.module)), n(least), Number.isFinite(most) ? n(most) : null, bounds.least > 0, limit);
    }
    default:
      return rule satisfies never;
  }
}
