import { lazy, Suspense, useEffect, useState } from 'react';
import defaultCatalog from '../data/catalog.json';
import type { Catalog } from '../domain/catalog-schema';
import type { ConfiguratorStore } from '../store/configurator-store';
import { Configurator } from '../ui/configurator';
import { NoticeList } from '../ui/notice-list';
import { PageHeader } from '../ui/page-header';
import { QuotePanel } from '../ui/quote-panel';
import { StoreContext, useConfigurator } from '../ui/store-context';
import { bootConfigurator } from './boot';
import { DeferredCustomerSection } from './deferred-customer-section';
import { keepDraftSaved } from './draft-storage';
import { listenForUndoShortcuts } from './keyboard-shortcuts';
import { keepAddressInSync } from './share-link-sync';
import '../ui/styles.css';

/** The bundled catalog is validated by the test suite (tests/domain/default-catalog.test.ts), so it is trusted here. */
const catalog = defaultCatalog as unknown as Catalog;

/** Shown only when a link opened an older catalog revision. */
const ShareRevisionBanner = lazy(() => import('../ui/share-revision-banner').then((m) => ({ default: m.ShareRevisionBanner })));

function DocumentLanguage() {
  const lang = useConfigurator((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

export function App() {
  const [store, setStore] = useState<ConfiguratorStore | null>(null);
  useEffect(() => {
    let live = true;
    const show = (booted: ConfiguratorStore) => live && setStore(booted);
    void bootConfigurator(catalog, show).then(show);
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => (store ? keepDraftSaved(store) : undefined), [store]);
  useEffect(() => (store ? listenForUndoShortcuts(store) : undefined), [store]);
  useEffect(() => (store ? keepAddressInSync(store) : undefined), [store]);
  if (!store) return <p className="boot">Chargement du configurateur… / Loading the configurator…</p>;
  return (
    <StoreContext.Provider value={store}>
      <DocumentLanguage />
      <PageHeader />
      <NoticeList />
      {store.getState().catalog !== catalog && (
        <Suspense fallback={null}>
          <ShareRevisionBanner current={catalog} onReprice={() => void import('./share-reprice').then((m) => setStore(m.repriceOnCatalog(store, catalog)))} />
        </Suspense>
      )}
      <main className="configurator">
        <div className="configurator-column">
          <Configurator />
          <DeferredCustomerSection />
        </div>
        <QuotePanel />
      </main>
    </StoreContext.Provider>
  );
}
