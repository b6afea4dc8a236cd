import type { CatalogModule } from './catalog-schema';
import { fail, ok, type Result } from './result';

/** Why a typed quantity is refused, with the nearest acceptable values to offer instead. */
export type QuantityProblem =
  | { kind: 'notAWholeNumber' }
  | { kind: 'belowMin'; min: number }
  | { kind: 'aboveMax'; max: number }
  | { kind: 'offStep'; step: number; lower: number; upper: number };

/** Reads a quantity typed by a person (spaces and thin spaces as thousands separators are fine). */
export function readQuantity(module: CatalogModule, typed: string): Result<number, QuantityProblem> {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(compact)) return fail({ kind: 'notAWholeNumber' });
  return checkQuantity(module, Number(compact));
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
