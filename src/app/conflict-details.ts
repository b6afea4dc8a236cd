import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { explanationsOf } from '../ui/derived';

/**
 * In a configuration in conflict, the cards' fuller reasons (domain/engine/conflict-explanation: every choice in
 * conflict, a module's own reason, the choices that free it) are worked out just after the change, their code fetched
 * the first time, and handed to the store; until then each card gives the conflict's minimal set, which is true too.
 */
export function keepConflictDetails(store: ConfiguratorStore): () => void {
  let live = true;
  const update = (state: ConfiguratorState) => {
    const { configuration, catalog } = state;
    if (state.conflictDetails?.configuration === configuration || !explanationsOf(state).blocked.some((e) => e.kind === 'conflict')) return;
    import('../domain/engine/conflict-explanation').then(
      ({ explainConflict }) => window.setTimeout(() => {
        const blocked = live && store.getState().configuration === configuration ? explainConflict(catalog, configuration) : null;
        // Null (no conflict to say more of): the cards keep the engine's own explanations.
        if (blocked) store.getState().setConflictDetails({ configuration, blocked });
      }),
      () => {},
    );
  };
  update(store.getState());
  const unsubscribe = store.subscribe(update);
  return () => {
    live = false;
    unsubscribe();
  };
}
