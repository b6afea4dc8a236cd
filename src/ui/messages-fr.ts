import { configuratorFr } from './messages-configurator';
import { quoteFr } from './messages-quote';
import { shareFr } from './messages-share';

/** The interface in French: loaded with the page when the browser or the switch asks for French. */
export const FRENCH = { ...configuratorFr, ...quoteFr, ...shareFr, 'skip.toQuote': 'Aller au devis' };
