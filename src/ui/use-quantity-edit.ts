import type { CatalogModule } from '../domain/catalog-schema';
import type { Language } from '../domain/language';
import { readQuantity } from '../domain/quantity';
import { useTypedEdit } from './use-typed-edit';

export { APPLY_AFTER_MS } from './use-typed-edit';

/**
 * A module's quantity field: typed as text, applied as useTypedEdit says. A quantity typed in the card of a
 * module not yet chosen chooses it at that quantity (one change: undo takes the module out again).
 */
export function useQuantityEdit(module: CatalogModule, quantity: number, lang: Language) {
  return useTypedEdit(
    {
      read: (text) => readQuantity(module, text, lang),
      inForce: (state) => state.configuration.items.find((i) => i.module === module.id)?.quantity,
      write: (state, value) =>
        state.configuration.items.some((i) => i.module === module.id) ? state.changeQuantity(module.id, value) : state.selectModule(module.id, value, true),
      // The typing that chose the module is taken back whole, leaving no step (a change made meanwhile: removed as one).
      clear: (state) => state.dropEdit(module.id) || state.removeModule(module.id),
      shown: String,
    },
    quantity,
  );
}
