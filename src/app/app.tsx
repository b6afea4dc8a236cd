import { useEffect, useState } from 'react';
import defaultCatalog from '../data/catalog.json';
import type { Catalog } from '../domain/catalog-schema';
import { preferredLanguage } from '../domain/language';
import { createConfiguratorStore } from '../store/configurator-store';
import { DrawerList } from '../ui/drawer-list';
import { PageHeader } from '../ui/page-header';
import { StoreContext, useConfigurator } from '../ui/store-context';
import '../ui/styles.css';

/** The bundled catalog is validated by the test suite (tests/domain/default-catalog.test.ts), so it is trusted here. */
const catalog = defaultCatalog as unknown as Catalog;

function DocumentLanguage() {
  const lang = useConfigurator((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

export function App() {
  const [store] = useState(() => createConfiguratorStore(catalog, preferredLanguage(navigator.languages ?? [])));
  return (
    <StoreContext.Provider value={store}>
      <DocumentLanguage />
      <PageHeader />
      <main className="configurator">
        <DrawerList />
      </main>
    </StoreContext.Provider>
  );
}
