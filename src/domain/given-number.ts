import type { Language } from './language';
import { formatNumber } from './locale-format';

/**
 * A number someone typed or sent (a draft, a file, a link), written back to them in a sentence: as the page writes
 * numbers while it is below 10^15, else as « 1E300 »: a draft's 1e300 was written as 301 digits joined by no-break
 * spaces, and its notice made the page 3 457 px wide.
 */
export const formatGivenNumber = (value: number, lang: Language): string =>
  Math.abs(value) < 1e15 || !Number.isFinite(value) ? formatNumber(value, lang) : String(value).replace('e+', 'E').replace('.', lang === 'fr' ? ',' : '.');
