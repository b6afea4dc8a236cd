import { isSingular, type Language } from '../domain/language';
import { translate } from './messages';

/** "12 mois", "1 month", "12 months". */
export const durationText = (months: number, lang: Language): string =>
  translate(lang, isSingular(months, lang) ? 'quote.months.one' : 'quote.months.other', { count: months });
