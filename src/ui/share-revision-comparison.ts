import { useMemo } from 'react';
import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import { evaluateConfiguration } from '../domain/engine/evaluate';
import { localise, type Language } from '../domain/language';
import { monthlyNetOn } from '../domain/monthly-net';
import { diffCatalogRevisions, type LineAmounts, type RevisionDiff } from '../domain/share-diff';
import { describeViolations } from '../domain/violation-text';
import { describeChangeByName } from './share-change-text';
import { useConfigurator } from './store-context';

export interface PriceChangeRow {
  module: string;
  name: string;
  before: LineAmounts;
  after: LineAmounts;
}

/** Everything the re-price diff shows, in the buyer's words; amounts in cents, null when not computable. */
export interface RevisionComparison {
  diff: RevisionDiff;
  changes: string[];
  prices: PriceChangeRow[];
  /** Rules the carried-over configuration breaks on today's catalog and did not break before. */
  conflicts: string[];
  monthlyNet: { before: number | null; after: number | null };
}

/** Compares the quote on the link's revision with the same configuration re-priced on today's catalog. */
export function compareWithCatalog(old: Catalog, current: Catalog, configuration: Configuration, lang: Language): RevisionComparison {
  const diff = diffCatalogRevisions(old, current, configuration);
  const name = (id: string) => {
    const module = current.modules.find((m) => m.id === id) ?? old.modules.find((m) => m.id === id);
    return module ? localise(module.name, lang) : id;
  };
  const brokenBefore = new Set(evaluateConfiguration(old, configuration).violations.map((v) => v.rule));
  const conflicts = describeViolations(current, diff.configuration, evaluateConfiguration(current, diff.configuration).violations
    .filter((v) => !brokenBefore.has(v.rule)), lang);
  return {
    diff,
    changes: diff.changes.map((c) => describeChangeByName(c, [current, old], lang)),
    prices: diff.prices.map((p) => ({ ...p, name: name(p.module) })),
    conflicts,
    monthlyNet: { before: monthlyNetOn(old, configuration), after: monthlyNetOn(current, diff.configuration) },
  };
}

/** The comparison for the store's quote, recomputed only when the configuration or the language changes. */
export function useRevisionComparison(current: Catalog): RevisionComparison {
  const old = useConfigurator((s) => s.catalog);
  const configuration = useConfigurator((s) => s.configuration);
  const lang = useConfigurator((s) => s.lang);
  return useMemo(() => compareWithCatalog(old, current, configuration, lang), [old, current, configuration, lang]);
}
