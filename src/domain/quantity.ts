import type { CatalogModule } from './catalog-schema';
import type { Language } from './language';
import { fail, ok, type Result } from './result';

/** Why a typed quantity is refused, with the nearest acceptable values to offer instead. */
export type QuantityProblem =
  | { kind: 'notAWholeNumber' }
  /** "1e3": a number, but written in a way a quantity field does not take. */
  | { kind: 'exponent' }
  | { kind: 'belowMin'; min: number }
  | { kind: 'aboveMax'; max: number }
  | { kind: 'offStep'; step: number; lower: number; upper: number };

/** "1,000" and "12,500,000": how English groups thousands (a comma before every three digits, none elsewhere). */
const ENGLISH_GROUPS = /^[-+]?\d{1,3}(?:,\d{3})+$/;

/**
 * Reads a quantity typed by a person. Spaces and thin spaces are fine as thousands separators, and in
 * English so are commas that group digits by three (1,000); any other comma or point is refused (12,5,
 * 12.5 and, in English, 1,00 alike), never dropped. A whole number out of range, however long or
 * negative, is refused with the range it misses.
 */
export function readQuantity(module: CatalogModule, typed: string, lang: Language): Result<number, QuantityProblem> {
  const spaced = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const compact = lang === 'en' && ENGLISH_GROUPS.test(spaced) ? spaced.replaceAll(',', '') : spaced;
  if (/^-\d+$/.test(compact)) return fail({ kind: 'belowMin', min: module.quantity.min });
  if (/^\+?\d+$/.test(compact)) {
    const value = Number(compact);
    // Past 2^53 the digits are not kept exactly, but such a number is above any maximum.
    return Number.isSafeInteger(value) ? checkQuantity(module, value) : fail({ kind: 'aboveMax', max: module.quantity.max });
  }
  if (/^[-+]?\d+(?:[.,]\d+)?e[-+]?\d+$/i.test(compact)) return fail({ kind: 'exponent' });
  return fail({ kind: 'notAWholeNumber' });
}

export function checkQuantity(module: CatalogModule, quantity: number): Result<number, QuantityProblem> {
  const { min, max, step } = module.quantity;
  if (!Number.isSafeInteger(quantity)) return fail({ kind: 'notAWholeNumber' });
  if (quantity < min) return fail({ kind: 'belowMin', min });
  if (quantity > max) return fail({ kind: 'aboveMax', max });
  const offset = (quantity - min) % step;
  if (offset !== 0) return fail({ kind: 'offStep', step, lower: quantity - offset, upper: Math.min(max, quantity - offset + step) });
  return ok(quantity);
}

/**
 * The quantity ArrowUp (+1) or ArrowDown (-1) gives from what the field reads: one step from a valid
 * value, the nearest valid value from a refused number, one step from `current` (the quantity in force) otherwise.
 */
export function stepQuantity(module: CatalogModule, read: Result<number, QuantityProblem>, current: number, direction: 1 | -1): number {
  const { min, max, step } = module.quantity;
  if (!read.ok && read.error.kind === 'belowMin') return min;
  if (!read.ok && read.error.kind === 'aboveMax') return max;
  if (!read.ok && read.error.kind === 'offStep') return direction > 0 ? read.error.upper : read.error.lower;
  const from = read.ok ? read.value : current;
  return Math.min(max, Math.max(min, from + direction * step));
}

/** The smallest quantity the module takes that covers `count`, within its maximum: a count carried over is never cut. */
export function coverQuantity(count: number, { min, max, step }: CatalogModule['quantity']): number {
  return Math.min(max, min + Math.ceil(Math.max(0, count - min) / step) * step);
}

/** The nearest quantity the module accepts: clamped to [min, max], then rounded to the nearest step (half up). */
export function snapQuantity(quantity: number, { min, max, step }: CatalogModule['quantity']): number {
  if (quantity <= min) return min;
  if (quantity >= max) return max;
  const offStep = (quantity - min) % step;
  if (offStep === 0) return quantity;
  return offStep * 2 >= step ? quantity - offStep + step : quantity - offStep;
}
