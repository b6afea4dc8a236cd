import { createElement, type ReactNode } from 'react';
import type { Catalog } from '../domain/catalog-schema';
import type { RepairAction } from '../domain/engine/repairs';
import { moduleName, qualificationName } from '../domain/catalog-names';
import type { Language } from '../domain/language';
import { formatList, formatNumber, namesThenCount } from '../domain/locale-format';
import { conflictWords } from './conflict-words';
import { translate, type MessageKey } from './messages';
import { moduleUnitName } from '../domain/unit-name';
import './repair-label.css';

const VERBS: Record<Exclude<RepairAction['kind'], 'set-quantity'>, MessageKey> = { remove: 'action.remove', add: 'action.add', 'drop-requirement': 'action.waive' };

/**
 * A repair as the words of its button: « Passer X à 125 Gio », « Retirer X + Ajouter Y »; actions of one
 * kind in a row share their verb (« Retirer X et Y », not « Retirer X + Retirer Y »), and beyond six names
 * the rest are counted (« Retirer A, B, C, D, E et 77 autres »).
 */
export function repairLabel(catalog: Catalog, actions: readonly RepairAction[], lang: Language): string {
  const steps: { verb: MessageKey | null; names: string[] }[] = [];
  for (const a of actions) {
    if (a.kind === 'set-quantity') {
      const unit = moduleUnitName(catalog, a.module, a.quantity, lang);
      steps.push({ verb: null, names: [conflictWords(lang)('action.setQuantity', { name: moduleName(catalog, a.module, lang), quantity: formatNumber(a.quantity, lang), unit })] });
      continue;
    }
    const name = a.kind === 'drop-requirement' ? qualificationName(catalog, a.qualification, lang) : moduleName(catalog, a.module, lang);
    const last = steps.at(-1);
    if (last && last.verb === VERBS[a.kind]) last.names.push(name);
    else steps.push({ verb: VERBS[a.kind], names: [name] });
  }
  return steps.map(({ verb, names }) => (verb ? translate(lang, verb, { name: formatList(namesShown(names, lang), lang, 'conjunction') }) : names[0])).join(' + ');
}

/**
 * The most names a repair's button lists whole, else the first five and a count: one that removes 80 modules of a large
 * catalog stays a button. Six, not four: the button is all a buyer reads of what it will take out before pressing it (QA: « Retirer
 * A, B, C et 2 autres » hid two of the five modules it removed).
 */
const NAMES_SHOWN = 6;

const namesShown = (names: readonly string[], lang: Language): string[] =>
  namesThenCount(names, NAMES_SHOWN, (count) => conflictWords(lang)('repair.moreNames', { count: formatNumber(count, lang) }));

/**
 * A repair's words as its button shows them: on a phone a name's parenthesised part (« WALLIX Trustelem
 * (authentification unique) ») is left out so the button keeps to two lines (repair-label.css); the
 * button's accessible name stays the whole label.
 */
export function repairFace(label: string): ReactNode[] {
  return label.split(/( \([^)]*\))/).map((part, i) => (i % 2 === 1 ? createElement('span', { key: i, className: 'label-aside' }, part) : part));
}
