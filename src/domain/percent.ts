import { fail, ok, type Result } from './result';

/** Why a typed percentage was refused; the UI words each reason in the user's language. */
export type PercentProblem = 'notANumber' | 'tooManyDecimals' | 'outOfRange';

const PERCENT = /^(-?)(\d*)(?:[.,](\d*))?$/;

/**
 * Reads a percentage typed in French or English ("12,5", "12.5", "12,5 %") as basis points
 * (1250). Between 0 and 100, at most 2 decimals; a blank field means 0 (no discount), and so does "-0".
 */
export function parsePercent(typed: string): Result<number, PercentProblem> {
  // French writes "12,5 %" with a (non-breaking) space; String.prototype.trim covers those too.
  const trimmed = typed.trim();
  if (trimmed === '') return ok(0);
  const text = trimmed.replace(/\s*%$/, '');
  const match = PERCENT.exec(text);
  const negative = match?.[1] === '-';
  const whole = match?.[2] ?? '';
  const decimals = match?.[3] ?? '';
  if (!match || (whole === '' && decimals === '')) return fail('notANumber');
  // −0 is 0 ("-0", "-0,00"); any other negative value is below the range.
  if (negative && /[1-9]/.test(whole + decimals)) return fail('outOfRange');
  if (decimals.length > 2) return fail('tooManyDecimals');
  // BigInt so that a long run of digits cannot lose precision before the range check.
  const basisPoints = BigInt(whole || '0') * 100n + BigInt(decimals.padEnd(2, '0'));
  if (basisPoints > 10000n) return fail('outOfRange');
  return ok(Number(basisPoints));
}

/** Basis points as the text of a percent field, without trailing zeros: 1250 → "12,5" with ",". */
export function percentText(basisPoints: number, decimalSeparator: ',' | '.'): string {
  const whole = Math.trunc(basisPoints / 100);
  const hundredths = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return hundredths === '' ? String(whole) : `${whole}${decimalSeparator}${hundredths}`;
}
