import { drawerName, moduleName as nameOfModule, qualificationName as nameOfQualification } from '../catalog-names';
import type { Catalog, Rule } from '../catalog-schema';
import { deName } from '../french-de';
import { typesetIn } from '../french-typography';
import { formatList, namesThenCount } from '../locale-format';
import { localise, type Language } from '../language';
import type { Explanation } from './explanation';

const WORDS = {
  fr: {
    blocked: 'Indisponible', implied: 'Requis', added: 'Ajouté d’office', broken: 'Ne peut pas être commandé en l’état', conflict: 'Indisponible tant que votre configuration est en conflit',
    catalogOnly: 'Indisponible dans ce catalogue', chose: 'vous avez choisi', demand: 'vous exigez', andDemand: 'et exigez',
    qualification: (q: string) => `la qualification ${q}`,
    requires: 'nécessite', excludes: 'exclut', excludeEachOther: 's’excluent mutuellement',
    drawer: (d: string) => `Le tiroir « ${d} » n’accepte qu’un module.`,
    demanded: (q: string) => `La qualification ${q} écarte les modules qui ne l’ont pas.`,
    quantity: (x: string, of: string) => `La quantité ${deName(x)} dépend de celle ${deName(of)}.`,
    moreModules: (n: number) => `${n}\u00A0autres modules`, moreRules: (n: number) => `Et ${n}\u00A0autres règles.`,
  },
  en: {
    blocked: 'Unavailable', implied: 'Required', added: 'Added automatically', broken: 'Cannot be ordered as it stands', conflict: 'Unavailable while your configuration is in conflict',
    catalogOnly: 'Unavailable in this catalogue', chose: 'you chose', demand: 'you demand', andDemand: 'and demand',
    qualification: (q: string) => `the ${q} qualification`,
    requires: 'requires', excludes: 'excludes', excludeEachOther: 'exclude each other',
    drawer: (d: string) => `The “${d}” drawer takes one module only.`,
    demanded: (q: string) => `${q} rules out the modules that lack it.`,
    quantity: (x: string, of: string) => `The quantity of ${x} depends on that of ${of}.`,
    moreModules: (n: number) => `${n} other modules`, moreRules: (n: number) => `And ${n} other rules.`,
  },
} as const;

/**
 * Renders an explanation as plain text, e.g. « Indisponible : vous avez choisi X. La
 * messagerie Business inclut déjà le filtrage Alinto Protect. » Pure: the UI may also
 * build its own markup from the structured explanation instead.
 */
export function describeExplanation(catalog: Catalog, explanation: Explanation, lang: Language): string {
  return describe(catalog, explanation, lang, explanation.kind);
}

/**
 * The same explanation as the reason the configurator added a module on its own (« Ajouté d’office :
 * vous avez choisi X. X nécessite Y. »): an implied module that is in the configuration, where « Requis »
 * describes one that is still missing from it.
 */
export function describeAddition(catalog: Catalog, explanation: Explanation, lang: Language): string {
  return describe(catalog, explanation, lang, 'added');
}

/**
 * Past 4 names or rule sentences, the first 3 and a count of the rest: a card in a large bundle's conflict named 25
 * modules and 11 rules (2 203 characters, also what a screen reader reads at its checkbox); the conflict banner
 * details them all.
 */
const capped = (items: string[], more: (n: number) => string): string[] => namesThenCount(items, 4, more);

function describe(catalog: Catalog, explanation: Explanation, lang: Language, heading: Explanation['kind'] | 'added'): string {
  const words = WORDS[lang];
  const and = (items: string[]) => formatList(items, lang, 'conjunction');
  const moduleName = (id: string) => nameOfModule(catalog, id, lang);
  const qualificationName = (id: string) => nameOfQualification(catalog, id, lang);
  const chose = explanation.modules.length > 0 ? `${words.chose} ${and(capped(explanation.modules.map(moduleName), words.moreModules))}` : '';
  const demanded = explanation.qualifications.map((q) => words.qualification(qualificationName(q)));
  const demand = demanded.length === 0 ? '' : `${chose ? words.andDemand : words.demand} ${and(demanded)}`;
  const decisions = [chose, demand].filter(Boolean).join(', ');
  const head = decisions ? `${words[heading]}${lang === 'fr' ? ' : ' : ': '}${decisions}.`
    : `${heading === 'blocked' ? words.catalogOnly : words[heading]}.`;
  return typesetIn(lang, [head, ...ruleSentences(catalog, explanation.rules, lang, moduleName)].join(' '));
}

/**
 * What a selected module breaks, for its card: « Ne peut pas être commandé ainsi. La qualification
 * SecNumCloud écarte les modules qui ne l’ont pas. », one sentence per broken rule (the `rule` ids of
 * the evaluation's violations, `drawer:` and `qualification:` ones included).
 */
export function describeBrokenRules(catalog: Catalog, rules: readonly string[], lang: Language): string {
  const moduleName = (id: string) => nameOfModule(catalog, id, lang);
  return typesetIn(lang, [`${WORDS[lang].broken}.`, ...ruleSentences(catalog, rules, lang, moduleName)].join(' '));
}

/** Each sentence once (rules of a large catalog may share a message), in the rules' order (a demanded qualification's first). */
function ruleSentences(catalog: Catalog, rules: readonly string[], lang: Language, moduleName: (id: string) => string): string[] {
  return capped([...new Set(rules.map((id) => describeRule(catalog, id, lang, moduleName)))], WORDS[lang].moreRules);
}

function describeRule(catalog: Catalog, id: string, lang: Language, moduleName: (id: string) => string): string {
  const words = WORDS[lang];
  if (id.startsWith('drawer:')) return words.drawer(drawerName(catalog, id.slice('drawer:'.length), lang));
  if (id.startsWith('qualification:')) return words.demanded(nameOfQualification(catalog, id.slice('qualification:'.length), lang));
  const rule = catalog.rules.find((r) => r.id === id);
  if (!rule) return id;
  // The catalog's own sentence when it has one; a rule's id is never shown to the buyer.
  if (rule.message) return localise(rule.message, lang);
  return ruleSentence(rule, lang, moduleName);
}

function ruleSentence(rule: Rule, lang: Language, moduleName: (id: string) => string): string {
  const words = WORDS[lang];
  const names = (ids: string[]) => ids.map(moduleName);
  const or = (items: string[]) => formatList(items, lang, 'disjunction');
  const and = (items: string[]) => formatList(items, lang, 'conjunction');
  switch (rule.type) {
    case 'requires':
    case 'recommends':
      return `${moduleName(rule.module)} ${words.requires} ${or(names(rule.anyOf))}.`;
    case 'excludes': {
      const [first, ...rest] = names(rule.modules);
      return rest.length === 1 ? `${first} ${words.excludes} ${rest[0]}.` : `${and(names(rule.modules))} ${words.excludeEachOther}.`;
    }
    case 'quantity':
      return words.quantity(moduleName(rule.module), and(names(rule.of)));
    default:
      return rule satisfies never;
  }
}
