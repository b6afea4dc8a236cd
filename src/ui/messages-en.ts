import { configuratorEn } from './messages-configurator-en';
import type { MessageKey } from './messages';
import { quoteEn } from './messages-quote-en';
import { shareEn } from './messages-share-en';

/** The interface in English: loaded with the page when the browser or the switch asks for English. */
export const ENGLISH: Record<MessageKey, string> = { ...configuratorEn, ...quoteEn, ...shareEn, 'skip.toQuote': 'Skip to the quote' };
