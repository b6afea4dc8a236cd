// Loaded only when the saved draft names another catalog revision: its words need the archived catalog.
import type { Catalog } from '../domain/catalog-schema';
import type { DraftCarryOver } from '../domain/draft';
import { cutRepeats } from '../domain/draft-fault-more';
import type { CarryOverChange } from '../domain/share-carry-over';
import { localise, type Language } from '../domain/language';
import { formatMoney, formatNumber, formatRate } from '../domain/locale-format';
import { monthlyNetOn } from '../domain/monthly-net';
import { checkQuantity } from '../domain/quantity';
import { diffCatalogRevisions, type LinePriceChange } from '../domain/share-diff';
import { revisionWords } from '../ui/share-revision-words';
import { describeChangeByName } from '../ui/share-change-text';
import { sayDraft } from '../ui/draft-notices';
import { fetchArchivedCatalog } from '../ui/catalog-archive-loading';

/** The changes a draft can hold by the thousand (one per saved line or qualification), counted past the first few. */
const repeatedChange = (change: CarryOverChange): Exclude<CarryOverChange['kind'], 'term-withdrawn'> | null =>
  (change.kind === 'term-withdrawn' ? null : change.kind);

/** A quantity its own revision refused (a damaged draft) was never priced for the buyer: there is no price "then" to recall. */
function quantityOffered(old: Catalog, module: string, quantity: number): boolean {
  const found = old.modules.find((m) => m.id === module);
  return found !== undefined && checkQuantity(found, quantity).ok;
}

const wasOffered = (old: Catalog, { module, before }: LinePriceChange): boolean => quantityOffered(old, module, before.quantity);

function describePriceChange({ module, before, after }: LinePriceChange, catalogs: readonly Catalog[], revision: string, lang: Language): string[] {
  const found = catalogs.map((c) => c.modules.find((m) => m.id === module)).find((m) => m !== undefined);
  const name = found ? localise(found.name, lang) : module;
  const money = (cents: number | null) => (cents === null ? revisionWords(lang)('diff.unpriceable') : formatMoney(cents, lang));
  const sentences: string[] = [];
  if (before.monthly !== after.monthly) {
    sentences.push(sayDraft(lang, 'priceChanged', { name, revision, before: money(before.monthly), after: money(after.monthly) }));
  }
  if (before.setup !== after.setup) {
    sentences.push(sayDraft(lang, 'setupChanged', { name, revision, before: money(before.setup), after: money(after.setup) }));
  }
  return sentences;
}

/**
 * What the buyer reads when their draft moved to today's catalog: what was dropped or adapted and what
 * each kept line now costs against the price they last saw, named from the draft's own revision when
 * the archive has it; null when nothing they would see changed.
 */
export async function describeDraftCarryOver(catalog: Catalog, { from, saved, changes }: DraftCarryOver): Promise<((lang: Language) => string) | null> {
  const archived = await fetchArchivedCatalog(from);
  const old = archived.kind === 'found' ? archived.catalog : null;
  const diff = old ? diffCatalogRevisions(old, catalog, saved) : null;
  const prices = old && diff ? diff.prices.filter((p) => wasOffered(old, p)) : [];
  // The monthly net the buyer last saw and today's: it also moves with a discount rate (commitment, bundle).
  // Not recalled when a saved quantity was one its revision refused: that net was never shown.
  const nets = old && diff && saved.items.every((i) => quantityOffered(old, i.module, i.quantity))
    ? [monthlyNetOn(old, saved), monthlyNetOn(catalog, diff.configuration)] : null;
  const netChanged = nets !== null && nets[0] !== null && nets[1] !== null && nets[0] !== nets[1];
  if (old && changes.length === 0 && prices.length === 0 && diff?.termRate === null && !netChanged) return null;
  const catalogs = old ? [catalog, old] : [catalog];
  return (lang) => {
    const rate = diff?.termRate;
    const sentences = [
      ...cutRepeats(changes, repeatedChange).map((c) => ('item' in c
        ? describeChangeByName(c.item, catalogs, lang)
        : sayDraft(lang, `more.${c.kind}`, { count: formatNumber(c.more, lang), version: catalog.version }))),
      ...prices.flatMap((p) => describePriceChange(p, catalogs, from, lang)),
      ...(rate ? [sayDraft(lang, 'termRateChanged', { months: rate.months, revision: from, before: formatRate(rate.beforeBp, lang), after: formatRate(rate.afterBp, lang) })] : []),
      ...(netChanged && nets ? [sayDraft(lang, 'netChanged', { revision: from, before: formatMoney(nets[0] ?? 0, lang), after: formatMoney(nets[1] ?? 0, lang) })] : []),
      ...(old ? [] : [sayDraft(lang, 'pricesUnknown', { revision: from, version: catalog.version })]),
    ];
    return sayDraft(lang, 'carriedOver', { revision: from, version: catalog.version, changes: sentences.join(' ') });
  };
}

