// Loaded on demand, never with the first screen: the codec checks ids with the catalog schema's
// pattern (src/domain/share-ids.ts imports src/domain/catalog-schema.ts), which brings the validation library.
import type { Configuration } from '../domain/configuration';
import type { CustomerDetails } from '../domain/customer';
import { encodeShareCode } from '../domain/share-code';
import { shareUrl } from '../domain/share-link';

/** The page's address with the configuration's code as its fragment; customer details only when given. */
export function buildShareLink(pageUrl: string, configuration: Configuration, customer: CustomerDetails | null = null): string {
  return shareUrl(pageUrl, encodeShareCode(configuration, { customer }));
}
