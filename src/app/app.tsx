import { Suspense, useEffect, useState } from 'react';
import type { Catalog } from '../domain/catalog-schema';
import type { ConfiguratorStore } from '../store/configurator-store';
import { Configurator } from '../ui/configurator';
import { DevisPrintHost } from '../ui/devis-print-host';
import { lazyPart } from '../ui/lazy-part';
import { NoticeSlot } from '../ui/notice-slot';
import { PageHeader } from '../ui/page-header';
import { QuotePanel } from '../ui/quote-panel';
import { translate } from '../ui/messages';
import { StartupFailure, type StartupProblem } from '../ui/startup-failure';
import { StoreContext, useConfigurator } from '../ui/store-context';
import { afterFirstScreen } from './after-first-screen';
import { bootConfigurator } from './boot';
import { loadCurrentCatalog } from './catalog-loading';
import { DeferredSections, DeferredSharePanel } from './deferred-sections';
import { keepDraftSaved } from './draft-storage';
import { draftWatch } from './draft-watch';
import { keepLanguageChoice, startingLanguage } from './language-choice';
import { keepAddressInSync } from './share-link-sync';
import '../ui/styles.css';

/** Shown only when a link opened an older catalog revision. */
const ShareRevisionBanner = lazyPart(() => import('../ui/share-revision-banner').then((m) => m.ShareRevisionBanner));

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
  useEffect(() => (store ? keepLanguageChoice(store) : undefined), [store]);
  // What the first screen does not need (later-behaviours: the undo shortcuts, a conflict's fuller reasons), fetched just
  // after it, off its budget; if the file does not arrive, fetched again at the next key pressed with Ctrl or ⌘.
  useEffect(() => {
    if (!store) return undefined;
    let stop: (() => void) | undefined;
    let live = true;
    const retry = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && (window.removeEventListener('keydown', retry), load());
    const load = () => void import('./later-behaviours').then(
      (m) => live && (stop = m.startLaterBehaviours(store)),
      () => live && window.addEventListener('keydown', retry),
    );
    const cancel = afterFirstScreen(load);
    return () => {
      live = false;
      cancel();
      window.removeEventListener('keydown', retry);
      stop?.();
    };
  }, [store]);
  useEffect(() => (store ? keepAddressInSync(store) : undefined), [store]);
  if (startup.kind === 'loading') return <p className="boot">Chargement du configurateur… / Loading the configurator…</p>;
  if (startup.kind === 'failed') return <StartupFailure reason={startup.reason} lang={startingLanguage()} />;
  const { catalog } = startup;
  const reprice = () => void import('./share-reprice').then((m) => setStartup({ kind: 'ready', catalog, store: m.repriceOnCatalog(startup.store, catalog) }));
  return (
    <StoreContext.Provider value={startup.store}>
      <DocumentLanguage />
      <DevisPrintHost />
      <PageHeader />
      <NoticeSlot />
      {startup.store.getState().catalog !== catalog && (
        <Suspense fallback={null}>
          <ShareRevisionBanner current={catalog} onReprice={reprice} />
        </Suspense>
      )}
      <main className="configurator" tabIndex={-1}>
        <div className="configurator-column">
          <Configurator />
          <DeferredSections replaceStore={(make) => setStartup({ kind: 'ready', catalog, store: make(catalog, startup.store) })} />
        </div>
        <QuotePanel>
          <DeferredSharePanel />
        </QuotePanel>
      </main>
    </StoreContext.Provider>
  );
}
