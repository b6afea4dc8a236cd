// The banner of a link opened on an older catalog revision, with the code that re-prices it on today's: one import for
// both, kept off the first screen (most visits open no such link).
import type { Catalog } from '../domain/catalog-schema';
import { ShareRevisionBanner } from '../ui/share-revision-banner';
import type { ReplaceStore } from './customer-section-part';
import { repriceOnCatalog } from './share-reprice';

export function ShareRevisionBannerPart({ current, replaceStore }: { current: Catalog; replaceStore: ReplaceStore }) {
  return <ShareRevisionBanner current={current} onReprice={() => replaceStore((today, shown) => repriceOnCatalog(shown, today))} />;
}
