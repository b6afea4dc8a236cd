import { deName } from './french-de';
import { typesetIn } from './french-typography';
import { formatNumber } from './locale-format';
import type { CarryOverChange, QuantityBound } from './share-carry-over';
import type { ShareLanguage } from './share-messages';

type ChangeMessages = { [K in CarryOverChange['kind']]: (change: Extract<CarryOverChange, { kind: K }>, n: (x: number) => string) => string };

type BoundReasons = { [K in QuantityBound['bound']]: (reason: Extract<QuantityBound, { bound: K }>, n: (x: number) => string) => string };

/** Why a quantity moved, in the parentheses after the figures. */
const BOUND_FR: BoundReasons = {
  max: (r, n) => `au-delà du maximum du catalogue : ${n(r.max)}`,
  min: (r, n) => `en deçà du minimum du catalogue : ${n(r.min)}`,
  step: (r, n) => `elle se commande par ${n(r.step)} à partir de ${n(r.min)}`,
};

const BOUND_EN: BoundReasons = {
  max: (r, n) => `above the catalogue’s maximum: ${n(r.max)}`,
  min: (r, n) => `below the catalogue’s minimum: ${n(r.min)}`,
  step: (r, n) => `it comes in steps of ${n(r.step)} from ${n(r.min)}`,
};

function because(reason: QuantityBound, words: BoundReasons, n: (x: number) => string): string {
  switch (reason.bound) {
    case 'max': return words.max(reason, n);
    case 'min': return words.min(reason, n);
    case 'step': return words.step(reason, n);
    default: return reason satisfies never;
  }
}

const FR: ChangeMessages = {
  'module-withdrawn': (c) => `Le module ${c.module} n’est plus proposé : il a été retiré.`,
  'module-repeated': (c) => `Le module ${c.module} figurait deux fois : il n’a été gardé qu’une fois.`,
  'quantity-adjusted': (c, n) => `La quantité ${deName(c.module)} passe de ${n(c.from)} à ${n(c.to)} (${because(c.reason, BOUND_FR, n)}).`,
  'term-withdrawn': (c, n) => `L’engagement de ${n(c.from)} mois n’est plus proposé : ${n(c.to)} mois à la place.`,
  'qualification-withdrawn': (c) => `La qualification ${c.qualification} n’existe plus : elle n’est plus exigée.`,
  'qualification-repeated': (c) => `La qualification ${c.qualification} était exigée deux fois : gardée une fois.`,
};

const EN: ChangeMessages = {
  'module-withdrawn': (c) => `The module ${c.module} is no longer offered: it was removed.`,
  'module-repeated': (c) => `The module ${c.module} was listed twice: it was kept once.`,
  'quantity-adjusted': (c, n) => `The quantity of ${c.module} changes from ${n(c.from)} to ${n(c.to)} (${because(c.reason, BOUND_EN, n)}).`,
  'term-withdrawn': (c) => `The ${c.from}-month commitment is no longer offered: ${c.to} month${c.to === 1 ? '' : 's'} instead.`,
  'qualification-withdrawn': (c) => `The qualification ${c.qualification} no longer exists: it is no longer demanded.`,
  'qualification-repeated': (c) => `The qualification ${c.qualification} was demanded twice: kept once.`,
};

/** One line of the "what changed" list shown when a link opens on another catalog revision. */
export function describeCarryOverChange(change: CarryOverChange, lang: ShareLanguage): string {
  const messages = lang === 'fr' ? FR : EN;
  const text = (messages[change.kind] as (c: CarryOverChange, n: (x: number) => string) => string)(change, (x) => formatNumber(x, lang));
  return typesetIn(lang, text);
}
