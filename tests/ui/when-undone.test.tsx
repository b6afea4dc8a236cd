import { describe, expect, it, vi } from 'vitest';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { whenUndone } from '../../src/ui/when-undone';
import { defaultCatalog } from '../fixtures/catalogs';

/** A store where Glowbl Réunions was just ticked, watched until that change is undone. */
function watchedTick() {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
  store.getState().selectModule('glowbl-meetings');
  const undone = vi.fn();
  whenUndone(store, undone);
  return { store, undone };
}

describe('whenUndone', () => {
  it('answers once, on the undo that takes the change back, not on those of later changes nor on a redo', () => {
    const { store, undone } = watchedTick();
    store.getState().selectModule('cryptpad-team');
    store.getState().undo();
    expect(undone).not.toHaveBeenCalled();
    store.getState().undo();
    expect(undone).toHaveBeenCalledTimes(1);
    store.getState().redo();
    store.getState().undo();
    expect(undone).toHaveBeenCalledTimes(1);
  });

  it('never answers once the change is past the history’s limit, where undo cannot reach it', () => {
    const { store, undone } = watchedTick();
    for (let quantity = 2; quantity <= 202; quantity += 1) {
      store.getState().changeQuantity('glowbl-meetings', quantity);
      store.getState().endEdit();
    }
    expect(store.getState().history.past).toHaveLength(200);
    while (store.getState().history.past.length > 0) store.getState().undo();
    expect(undone).not.toHaveBeenCalled();
  });

  it('a stop ends the watch', () => {
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    store.getState().selectModule('glowbl-meetings');
    const undone = vi.fn();
    whenUndone(store, undone)();
    store.getState().undo();
    expect(undone).not.toHaveBeenCalled();
  });
});
