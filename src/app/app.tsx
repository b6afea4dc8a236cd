import { Suspense, useEffect, useState } from 'react';
import type { Catalog } from '../domain/catalog-schema';
import type { ConfiguratorStore } from '../store/configurator-store';
import { Configurator } from '../ui/configurator';
import { lazyPart } from '../ui/lazy-part';
import { NoticeSlot } from '../ui/notice-slot';
import { PageHeader } from '../ui/page-header';
import { QuotePanel } from '../ui/quote-panel';
import { translate } from '../ui/messages';
import { StartupFailure, type StartupProblem } from '../ui/startup-failure';
import { StuckFilesNotice } from '../ui/stuck-files-notice';
import { StoreContext, useConfigurator } from '../ui/store-context';
import { bootConfigurator } from './boot';
import { loadCurrentCatalog } from './catalog-loading';
import type { ReplaceStore } from './customer-section-part';
import { DeferredSections, DeferredSharePanel } from './deferred-sections';
import { keepDraftSaved } from './draft-storage';
import { draftWatch } from './draft-watch';
import { keepLanguageChoice, startingLanguage } from './language-choice';
import { startLaterBehavioursSoon } from './later-behaviours-loading';
import { PrintHostSoon } from './print-host-soon';
import '../ui/styles.css';

/** Shown only when a link opened an older catalog revision. */
const ShareRevisionBannerPart = lazyPart(() => import('./share-revision-banner-part'), 'ShareRevisionBannerPart');

/** The page's language and title follow the switch (screen readers pick their voice from `lang`). */
function DocumentLanguage() {
  const lang = useConfigurator((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'app.documentTitle');
  }, [lang]);
  return null;
}

type Startup = { kind: 'loading' } | { kind: 'failed'; reason: StartupProblem } | { kind: 'ready'; catalog: Catalog; store: ConfiguratorStore };

export function App() {
  const [startup, setStartup] = useState<Startup>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void loadCurrentCatalog().then((loaded) => {
      if (!live) return;
      if (!loaded.ok) return setStartup({ kind: 'failed', reason: loaded.error });
      const show = (store: ConfiguratorStore) => live && setStartup({ kind: 'ready', catalog: loaded.value, store });
      // A part of the start-up code that does not download (the dictionary, the draft reader, a link's codec) stops
      // the start: said as such, not « Chargement… » for ever.
      bootConfigurator(loaded.value, show).then(show, () => live && setStartup({ kind: 'failed', reason: 'code' }));
    });
    return () => {
      live = false;
    };
  }, []);
  const store = startup.kind === 'ready' ? startup.store : null;
  const today = startup.kind === 'ready' ? startup.catalog : null;
  useEffect(() => {
    if (!store || !today) return undefined;
    // Another tab's draft, loaded from a notice, is shown on a store of its own.
    const switchStore = (next: ConfiguratorStore) => setStartup({ kind: 'ready', catalog: today, store: next });
    return keepDraftSaved(store, draftWatch({ catalog: today, switchStore }));
  }, [store, today]);
  // What goes with the store on screen: the language kept for the next visit, what comes after the first screen (the
  // address bar following the configuration among it).
  useEffect(() => {
    if (!store) return undefined;
    const stops = [keepLanguageChoice(store), startLaterBehavioursSoon(store)];
    return () => stops.forEach((stop) => stop());
  }, [store]);
  if (startup.kind === 'loading') return <p className="boot">Chargement du configurateur… / Loading the configurator…</p>;
  if (startup.kind === 'failed') return <StartupFailure reason={startup.reason} lang={startingLanguage()} />;
  const { catalog } = startup;
  const replaceStore: ReplaceStore = (make) => setStartup({ kind: 'ready', catalog, store: make(catalog, startup.store) });
  return (
    <StoreContext.Provider value={startup.store}>
      <DocumentLanguage />
      <PrintHostSoon />
      <PageHeader />
      <NoticeSlot />
      <StuckFilesNotice />
      {startup.store.getState().catalog !== catalog && (
        <Suspense fallback={null}>
          <ShareRevisionBannerPart current={catalog} replaceStore={replaceStore} />
        </Suspense>
      )}
      <main className="configurator" tabIndex={-1}>
        <div className="configurator-column">
          <Configurator />
          <DeferredSections replaceStore={replaceStore} />
        </div>
        <QuotePanel>
          <DeferredSharePanel />
        </QuotePanel>
      </main>
    </StoreContext.Provider>
  );
}
