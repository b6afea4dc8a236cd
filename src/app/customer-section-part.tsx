// The customer section as the app lays it out: loaded with it (deferred-sections.tsx), so the erase action's code
// is not part of the first screen, and reached through no import of its own.
import type { Catalog } from '../domain/catalog-schema';
import type { ConfiguratorStore } from '../store/configurator-store';
import { CustomerSection } from '../ui/customer-section';
import { eraseBrowserData } from './erase-browser-data';

/** Puts a new store on screen, made from today's catalog and the store on screen (as a restored draft does). */
export type ReplaceStore = (make: (today: Catalog, shown: ConfiguratorStore) => ConfiguratorStore) => void;

export function CustomerSectionPart({ replaceStore }: { replaceStore: ReplaceStore }) {
  return <CustomerSection onErase={() => replaceStore(eraseBrowserData)} />;
}
