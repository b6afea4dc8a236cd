import { importAgain } from './import-again';

/**
 * The share link's code (the codec and the catalog schema it checks ids with), loaded when a link is made: by the
 * address bar's sync (app/share-link-sync.ts) and by « Copier le lien de partage » (share-copy.ts), both through this
 * one loader, so a download that failed for one is tried again, under another address, for both (import-again.ts).
 */
export const loadLinkBuilder = importAgain(() => import('./share-link-builder'), 'buildShareLink');
