import { moduleName, qualificationName } from '../domain/catalog-names';
import type { Catalog } from '../domain/catalog-schema';
import type { ConfigurationChange } from '../domain/configuration-change';
import { lowerFirst } from '../domain/french-typography';
import { isSingular, type Language } from '../domain/language';
import { formatList, formatMoney, formatNumber, formatRate } from '../domain/locale-format';
import { moduleUnitName } from '../domain/unit-name';
import { dictionary, fill, type MessageParams } from './messages';

/** The live region's words: loaded with its code after the first change, not with the first screen. */
const WORDS = dictionary(
  {
    added: 'Module {name} ajouté',
    addedMany: '{count} modules ajoutés',
    addedAutomatically: 'Module {name} ajouté d’office',
    addedAutomaticallyMany: '{count} modules ajoutés d’office',
    removed: 'Module {name} retiré',
    removedMany: '{count} modules retirés',
    removedAutomatically: 'Module {name} retiré d’office',
    removedAutomaticallyMany: '{count} modules retirés d’office',
    quantity: '{name} passe à {quantity}\u00A0{unit}',
    term: 'Engagement {months} mois',
    discount: 'Remise commerciale {rate}',
    demanded: 'Exigence {names} ajoutée',
    demandedMany: 'Exigences {names} ajoutées',
    waived: 'Exigence {names} levée',
    waivedMany: 'Exigences {names} levées',
    ruledOutOne: '{count} module écarté',
    ruledOutOther: '{count} modules écartés',
    availableAgainOne: '{count} module de nouveau disponible',
    availableAgainOther: '{count} modules de nouveau disponibles',
    orderable: 'La configuration peut de nouveau être commandée',
    total: 'Total mensuel HT : {amount}',
    undo: 'Annulé : {change}',
    redo: 'Rétabli : {change}',
  },
  {
    added: '{name} added',
    addedMany: '{count} modules added',
    addedAutomatically: '{name} added automatically',
    addedAutomaticallyMany: '{count} modules added automatically',
    removed: '{name} removed',
    removedMany: '{count} modules removed',
    removedAutomatically: '{name} removed automatically',
    removedAutomaticallyMany: '{count} modules removed automatically',
    quantity: '{name} set to {quantity} {unit}',
    term: '{months}-month commitment',
    discount: 'Sales discount {rate}',
    demanded: '{names} required',
    demandedMany: '{names} required',
    waived: '{names} no longer required',
    waivedMany: '{names} no longer required',
    ruledOutOne: '{count} module ruled out',
    ruledOutOther: '{count} modules ruled out',
    availableAgainOne: '{count} module available again',
    availableAgainOther: '{count} modules available again',
    orderable: 'The configuration can be ordered again',
    total: 'Monthly total excl. VAT: {amount}',
    undo: 'Undone: {change}',
    redo: 'Redone: {change}',
  },
);

type Key = keyof (typeof WORDS)['fr'];
type Clause = [Key | [Key, Key], MessageParams];

/** How the change came about: an edit, or a step back or forward in the history. */
export type ChangeStep = 'edit' | 'undo' | 'redo';

/**
 * Past this many modules, a list of names is said as a count (a link or an import may bring ten); up to it, each is
 * named, as a repair's button names them (QA: « 5 modules retirés » after a repair never said which).
 */
const MOST_NAMED = 6;

function moduleClauses(catalog: Catalog, ids: string[], lang: Language, one: Key, many: Key): Clause[] {
  if (ids.length > MOST_NAMED) return [[many, { count: ids.length }]];
  return ids.map((id) => [one, { name: moduleName(catalog, id, lang) }]);
}

/** « Exigence HDS ajoutée, 1 module écarté »: the qualifications and how many cards they closed or opened. */
function requirementClause(catalog: Catalog, ids: string[], lang: Language, [one, many]: [Key, Key], count: number, [single, plural]: [Key, Key]): Clause[] {
  if (ids.length === 0) return [];
  const key = ids.length > 1 ? many : one;
  const names = formatList(ids.map((id) => qualificationName(catalog, id, lang)), lang, 'conjunction');
  return [[count > 0 ? [key, isSingular(count, lang) ? single : plural] : key, { names, count }]];
}

/**
 * One short sentence per thing that changed, then the new monthly total when it moved: « Alinto Messagerie
 * Essentielle ajouté. WALLIX Trustelem ajouté d’office. Total mensuel HT : 150,00 €. » The total alone
 * when nothing else is said; empty when nothing moved. What the conflict banner says (role="alert") is not repeated.
 */
export function wordChange(catalog: Catalog, change: ConfigurationChange, lang: Language, step: ChangeStep, totalCents: number | null): string {
  const words = WORDS[lang];
  const clauses: Clause[] = [
    ...moduleClauses(catalog, change.removed, lang, 'removed', 'removedMany'),
    ...moduleClauses(catalog, change.removedAutomatically, lang, 'removedAutomatically', 'removedAutomaticallyMany'),
    ...moduleClauses(catalog, change.added, lang, 'added', 'addedMany'),
    ...moduleClauses(catalog, change.addedAutomatically, lang, 'addedAutomatically', 'addedAutomaticallyMany'),
    ...change.quantities.map(({ module, quantity }): Clause =>
      ['quantity', { name: moduleName(catalog, module, lang), quantity: formatNumber(quantity, lang), unit: moduleUnitName(catalog, module, quantity, lang) }]),
    ...(change.termMonths === null ? [] : [['term', { months: change.termMonths }] satisfies Clause]),
    ...(change.salesDiscountBp === null ? [] : [['discount', { rate: formatRate(change.salesDiscountBp, lang) }] satisfies Clause]),
    ...requirementClause(catalog, change.demanded, lang, ['demanded', 'demandedMany'], change.ruledOut, ['ruledOutOne', 'ruledOutOther']),
    ...requirementClause(catalog, change.waived, lang, ['waived', 'waivedMany'], change.availableAgain, ['availableAgainOne', 'availableAgainOther']),
    ...(change.orderableAgain ? [['orderable', {}] satisfies Clause] : []),
  ];
  const template = (key: Clause[0]) => (typeof key === 'string' ? words[key] : `${words[key[0]]}, ${words[key[1]]}`);
  // After « Annulé : » the first clause goes on in lower case, unless it starts with a name.
  const sentences = clauses.map(([key, params], i) => fill(i === 0 && step !== 'edit' ? lowerFirst(template(key)) : template(key), params));
  if (step !== 'edit' && sentences[0] !== undefined) sentences[0] = fill(words[step], { change: sentences[0] });
  if (totalCents !== null) sentences.push(fill(words.total, { amount: formatMoney(totalCents, lang) }));
  return sentences.length === 0 ? '' : `${sentences.join('. ')}.`;
}
