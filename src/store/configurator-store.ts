import { createStore } from 'zustand/vanilla';
import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import { emptyConfiguration } from '../domain/empty-configuration';
import { emptyCustomer, type CustomerDetails } from '../domain/customer';
import type { Language } from '../domain/language';
import { emptyHistory, recordChange, stepBack, stepForward, type History } from './history';
import { bundleEdits } from './bundle-edits';

/** Facts only: what the buyer decided. Quotes, violations and explanations are derived by selectors. */
export interface ConfiguratorFacts {
  catalog: Catalog;
  configuration: Configuration;
  /** Modules the configurator added on its own, with the rule that made it (undoable like any change). */
  addedAutomatically: Record<string, string>;
  customer: CustomerDetails;
  notes: string;
  salesMode: boolean;
  lang: Language;
  history: History<Configuration>;
}

export interface ConfiguratorActions {
  selectModule(moduleId: string): void;
  removeModule(moduleId: string): void;
  changeQuantity(moduleId: string, quantity: number): void;
  chooseTerm(months: number): void;
  demandQualification(qualificationId: string): void;
  waiveQualification(qualificationId: string): void;
  negotiateDiscount(basisPoints: number): void;
  replaceConfiguration(configuration: Configuration): void;
  fillCustomer(customer: CustomerDetails): void;
  writeNotes(notes: string): void;
  toggleSalesMode(): void;
  switchLanguage(lang: Language): void;
  undo(): void;
  redo(): void;
}

export type ConfiguratorState = ConfiguratorFacts & ConfiguratorActions;

export function createConfiguratorStore(catalog: Catalog, lang: Language) {
  return createStore<ConfiguratorState>()((set, get) => {
    /** Every change to the configuration goes through here, so each one can be undone. */
    const change = (next: (c: Configuration) => Configuration) => {
      const { configuration, history } = get();
      const updated = next(configuration);
      if (updated === configuration) return;
      set({ configuration: updated, history: recordChange(history, configuration) });
    };
    return {
      catalog,
      configuration: emptyConfiguration(catalog),
      addedAutomatically: {},
      customer: emptyCustomer(),
      notes: '',
      salesMode: false,
      lang,
      history: emptyHistory(),
      ...bundleEdits(catalog, change),
      replaceConfiguration: (configuration) => change(() => configuration),
      fillCustomer: (customer) => set({ customer }),
      writeNotes: (notes) => set({ notes }),
      toggleSalesMode: () => set({ salesMode: !get().salesMode }),
      switchLanguage: (next) => set({ lang: next }),
      undo: () => {
        const step = stepBack(get().history, get().configuration);
        if (step) set({ configuration: step.snapshot, history: step.history });
      },
      redo: () => {
        const step = stepForward(get().history, get().configuration);
        if (step) set({ configuration: step.snapshot, history: step.history });
      },
    };
  });
}

export type ConfiguratorStore = ReturnType<typeof createConfiguratorStore>;
