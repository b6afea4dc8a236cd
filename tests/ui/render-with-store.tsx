import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore, type ConfiguratorStore } from '../../src/store/configurator-store';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

/** Renders a component on a fresh store over the default catalog; `prepare` runs the store's own actions first. */
export function renderWithStore(ui: ReactElement, prepare: (store: ConfiguratorStore) => void = () => {}, lang: Language = 'fr') {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  prepare(store);
  return { store, ...render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>) };
}
