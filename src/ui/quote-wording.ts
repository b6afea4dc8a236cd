import { isSingular, type Language } from '../domain/language';
import { translate } from './messages';

/** "12 mois", "1 month", "12 months". */
export const durationText = (months: number, lang: Language): string =>
  translate(lang, isSingular(months, lang) ? 'quote.months.one' : 'quote.months.other', { count: months });

/** "1 tiroir", "3 tiroirs". */
export const drawersText = (count: number, lang: Language): string =>
  translate(lang, isSingular(count, lang) ? 'quote.drawers.one' : 'quote.drawers.other', { count });
