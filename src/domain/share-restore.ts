import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import { checkConfigurationValues } from './configuration-values';
import { fail, ok, type Result } from './result';
import type { SharePayload } from './share-code';
import type { ShareError } from './share-errors';

/**
 * Second stage of opening a link: checks a decoded payload against the catalog of the
 * revision it names (§3), with a specific error for the first bad value.
 */
export function restoreSharedConfiguration(catalog: Catalog, payload: SharePayload): Result<Configuration, ShareError> {
  if (payload.catalog !== catalog.version) return fail({ kind: 'wrong-catalog', revision: payload.catalog, catalog: catalog.version });
  const { configuration, refused } = checkConfigurationValues(catalog, payload);
  const [first] = refused;
  return first ? fail(first) : ok(configuration);
}
