import type { Configuration } from '../domain/configuration';
import type { CustomerDetails } from '../domain/customer';

/** Starts loading the codec early (pointer over the Share button, focus), so the click copies at once. */
export const loadLinkBuilder = () => import('./share-link-builder');

/** The link to what is on screen; customer details only when the sender asked for them. */
export async function makeShareLink(configuration: Configuration, customer: CustomerDetails | null): Promise<string> {
  const { buildShareLink } = await loadLinkBuilder();
  return buildShareLink(window.location.href, configuration, customer);
}

/** Copies text to the clipboard; false when the browser has no clipboard here or refuses (the caller shows the text instead). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
