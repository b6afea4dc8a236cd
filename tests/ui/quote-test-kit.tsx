import { render, within } from '@testing-library/react';
import type { Catalog } from '../../src/domain/catalog-schema';
import { computeQuote } from '../../src/domain/quote';
import type { Quote } from '../../src/domain/quote-types';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore, type ConfiguratorStore } from '../../src/store/configurator-store';
import { QuotePanel } from '../../src/ui/quote-panel';
import { StoreContext } from '../../src/ui/store-context';

/** Renders the quote panel on a fresh store; `prepare` runs the store's own actions first. */
export function renderQuotePanel(catalog: Catalog, prepare: (store: ConfiguratorStore) => void = () => {}, lang: Language = 'fr') {
  const store = createConfiguratorStore({ catalog, lang });
  prepare(store);
  const view = render(
    <StoreContext.Provider value={store}>
      <QuotePanel />
    </StoreContext.Provider>,
  );
  return { store, ...view };
}

/** The quote the domain computes for the store's configuration as it stands. */
export function expectedQuote(store: ConfiguratorStore): Quote {
  const { catalog, configuration } = store.getState();
  const quote = computeQuote(catalog, configuration);
  if (!quote.ok) throw new Error(quote.error);
  return quote.value;
}

/** Every total the page shows, by its data-total name, as integer cents. */
export function shownTotals(container: HTMLElement): Record<string, number> {
  const shown: Record<string, number> = {};
  container.querySelectorAll<HTMLElement>('[data-total]').forEach((element) => {
    const name = element.dataset.total ?? '';
    if (name in shown) throw new Error(`total ${name} is shown twice`);
    shown[name] = Number(element.dataset.cents);
  });
  return shown;
}

/** Intl puts (narrow) no-break spaces in French amounts; compare texts with plain spaces. */
export const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

export const totalElement = (container: HTMLElement, name: string): HTMLElement => {
  const found = container.querySelector<HTMLElement>(`[data-total="${name}"]`);
  if (!found) throw new Error(`no total ${name} on the page`);
  return found;
};

export { within };
