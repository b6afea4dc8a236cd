import type { Catalog } from '../domain/catalog-schema';
import type { Language } from '../domain/language';
import { createConfiguratorStore, type ConfiguratorStore } from '../store/configurator-store';
import { moduleName, qualificationName } from '../domain/catalog-names';
import { loadLanguage } from '../ui/messages';
import { startingLanguage } from './language-choice';
import { addressWasBehind } from './share-link-sync';

/**
 * Creates the store from what the browser kept (the saved draft, else an empty configuration), then
 * opens the share link in the address, if any; `switchStore` lets a link's notice go back to the draft.
 */
export async function bootConfigurator(catalog: Catalog, switchStore: (store: ConfiguratorStore) => void = () => {}): Promise<ConfiguratorStore> {
  const draft = await storeFromDraft(catalog);
  const code = typeof location === 'undefined' ? '' : location.hash.slice(1);
  if (code === '' || addressWasBehind(code)) return draft;
  const { openShareLink } = await import('./share-link-opening');
  return openShareLink(code, { catalog, draft, switchStore });
}

async function storeFromDraft(catalog: Catalog): Promise<ConfiguratorStore> {
  const lang = startingLanguage();
  const [{ loadDraft }] = await Promise.all([import('./draft-loading'), loadLanguage(lang)]);
  const loaded = loadDraft(catalog);
  if (loaded.kind !== 'restored') {
    const store = createConfiguratorStore({ catalog, lang });
    if (loaded.kind === 'set-aside') {
      const { sayDraft } = await import('../ui/draft-notices');
      const reason = loaded.reason === 'not-json' ? 'notJson' : 'notADraft';
      store.getState().postNotice({ tone: 'warning', text: (l) => sayDraft(l, 'setAside', { reason: sayDraft(l, reason) }) });
    }
    return store;
  }
  const { configuration, addedAutomatically, customer, notes, salesMode } = loaded.draft;
  const store = createConfiguratorStore({ catalog, lang, bundle: { configuration, addedAutomatically }, customer, notes, salesMode });
  if (loaded.faults.length > 0) {
    const [{ describeDraftFaults }, { sayDraft }] = await Promise.all([import('../domain/draft-fault-messages'), import('../ui/draft-notices')]);
    const name = (l: Language) => (id: string) => (catalog.modules.some((m) => m.id === id) ? moduleName(catalog, id, l) : qualificationName(catalog, id, l));
    const faults = (l: Language) => describeDraftFaults(loaded.faults, l, name(l));
    store.getState().postNotice({ tone: 'warning', text: (l) => sayDraft(l, 'repaired', { faults: faults(l) }) });
  }
  if (loaded.carriedOver) {
    const { describeDraftCarryOver } = await import('./draft-carry-over');
    const text = await describeDraftCarryOver(catalog, loaded.carriedOver);
    if (text) store.getState().postNotice({ tone: 'info', text });
  }
  return store;
}
