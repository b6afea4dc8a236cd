// Loaded with import() when the Share button is neared or pressed, never with the first screen: the codec
// checks ids with the catalog schema, which brings the validation library.
import type { Configuration } from '../domain/configuration';
import type { CustomerDetails } from '../domain/customer';
import type { Language } from '../domain/language';
import { loadLinkBuilder } from './share-link-builder-loading';
import { sharedWords, type SharedWords } from './share-copy-words';

/** What pressing Share did: the link, and whether it is on the clipboard (else the panel shows it to copy by hand). */
export interface SharedLink {
  link: string;
  copied: boolean;
  /** What the panel says about it, in the page's language when read. */
  words: (lang: Language) => SharedWords;
}

/** Makes the link to what is on screen (customer details only when the sender asked for them) and copies it. */
export async function shareLink(configuration: Configuration, customer: CustomerDetails | null): Promise<SharedLink> {
  const { buildShareLink } = await loadLinkBuilder();
  const link = buildShareLink(window.location.href, configuration, customer);
  const copied = await copyToClipboard(link);
  return { link, copied, words: sharedWords(copied, customer) };
}

/** Copies text to the clipboard; false when the browser has no clipboard here or refuses. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
