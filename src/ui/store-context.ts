import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { translate, type MessageKey, type MessageParams } from './messages';

export const StoreContext = createContext<ConfiguratorStore | null>(null);

/** Selects narrowly from the configurator store (components re-render only when their slice changes). */
export function useConfigurator<T>(selector: (state: ConfiguratorState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useConfigurator needs a StoreContext provider');
  return useStore(store, selector);
}

/** The translation function for the current language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useConfigurator((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
