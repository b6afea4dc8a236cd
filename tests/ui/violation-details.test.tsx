import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CatalogInput } from '../../src/domain/catalog-schema';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { StoreContext } from '../../src/ui/store-context';
import { POINTS_SHOWN, ViolationDetails } from '../../src/ui/violation-details';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

/** `pairs` pairs of modules that exclude each other, each rule with its message; the last `shared` rules say the same. */
function conflictOf(pairs: number, shared = 0) {
  const modules = Array.from({ length: pairs }, (_, i) => [aModule(`a${i}`), aModule(`b${i}`)]).flat();
  const rules: NonNullable<CatalogInput['rules']> = Array.from({ length: pairs }, (_, i) => {
    const said = i >= pairs - shared ? 'Ces deux modules ne vont pas ensemble.' : `Le module a${i} exclut le module b${i}.`;
    return { id: `x${i}`, type: 'excludes', modules: [`a${i}`, `b${i}`], message: { fr: said, en: said } };
  });
  const catalog = validCatalog(aCatalogInput(modules, rules));
  const store = createConfiguratorStore({ catalog, lang: 'fr' });
  store.getState().replaceConfiguration({ catalog: catalog.version, items: modules.map((m) => ({ module: m.id, quantity: 1 })), termMonths: 1, requirements: [], salesDiscountBp: 0 });
  render(<StoreContext.Provider value={store}><ViolationDetails /></StoreContext.Provider>);
}

describe('the conflict banner’s points', () => {
  it('a large conflict shows its first points and folds the rest under « Voir les N autres points » (QA: 87 points, 16 632 px)', () => {
    conflictOf(20);
    const lists = screen.getAllByRole('list');
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(POINTS_SHOWN);
    const more = screen.getByText(`Voir les ${20 - POINTS_SHOWN} autres points`);
    expect(more.tagName).toBe('SUMMARY');
    expect(more.closest('details')?.open).toBe(false);
    expect(within(more.closest('details')!).getAllByRole('listitem', { hidden: true })).toHaveLength(20 - POINTS_SHOWN);
  });

  it('one point more than those shown is shown, not folded', () => {
    conflictOf(POINTS_SHOWN + 1);
    expect(screen.getAllByRole('listitem')).toHaveLength(POINTS_SHOWN + 1);
    expect(document.querySelector('details')).toBeNull();
  });

  it('rules that say the same thing are said once', () => {
    conflictOf(4, 3);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/[\u00a0\u202f]/g, ' '))).toEqual(['Le module a0 exclut le module b0.', 'Ces deux modules ne vont pas ensemble.']);
  });
});
