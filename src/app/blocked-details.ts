import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import type { Configuration } from '../domain/configuration';
import { sameDecisions } from '../domain/engine/decisions';
import type { Explanation } from '../domain/engine/explanation';
import { explanationsOf } from '../ui/derived';
import { importAgain } from '../ui/import-again';

/** Whether some blocked module has a reason among the buyer's choices: only then can more be said of it. */
const hasReasonsToSayMoreOf = (blocked: readonly Explanation[]): boolean =>
  blocked.some((e) => e.kind === 'conflict' || e.modules.length > 0 || e.qualifications.length > 0);

/**
 * Fetched once: an `import()` written in the store's listener ran the bundler's preload check in every click (0.3 ms of the
 * click's 3, CPU profile), though the module had come long before.
 */
const loadFullerReasons = importAgain(() => import('../domain/engine/fuller-reasons'), 'fullerReasons');

/**
 * The cards' fuller reasons (domain/engine/fuller-reasons: in a conflict every choice in conflict, a module's own reason,
 * the choices that free it; otherwise, for a module another reason still holds, the choices that free it, alone or
 * together) are worked out just after the change, their code fetched the first time, and handed to the store; until
 * then each card gives the engine's minimal reason, which is true too.
 */
export function keepBlockedDetails(store: ConfiguratorStore): () => void {
  let live = true;
  // The decisions last worked out (or being worked out): a null answer is not stored, and a quantity, term or notes
  // edit asked again on every keystroke (8.5–14 ms each on a 200-module bundle) without this.
  let asked: Configuration | undefined;
  const update = (state: ConfiguratorState) => {
    const { configuration, catalog } = state;
    if ((asked !== undefined && sameDecisions(asked, configuration)) || !hasReasonsToSayMoreOf(explanationsOf(state).blocked)) return;
    asked = configuration;
    // After the frame that shows the change, as the live region's words are: since they are worked out after every
    // change, not only in a conflict, they must not hold that frame back.
    loadFullerReasons().then(
      ({ fullerReasons }) => requestAnimationFrame(() => window.setTimeout(() => {
        const blocked = live && sameDecisions(store.getState().configuration, configuration) ? fullerReasons(catalog, configuration) : null;
        // Null (nothing more to say): the cards keep the engine's own explanations.
        if (blocked) store.getState().setBlockedDetails({ configuration, blocked });
      })),
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
