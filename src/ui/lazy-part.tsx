import { lazy, useReducer, type ComponentType } from 'react';
import { useT } from './store-context';

/**
 * What a part of the page whose code did not download (connection lost, or a redeploy removed the chunk)
 * says in its place: « Cette partie de la page n’a pas pu être chargée (connexion interrompue ?). » and
 * « Réessayer », which tries again.
 */
export function LoadFailed({ retry }: { retry: () => void }) {
  const t = useT();
  return <p>{t('load.part')} <button type="button" onClick={retry}>{t('load.retry')}</button></p>;
}

/**
 * A part of the page whose code loads on demand (render it inside <Suspense>). If the code does not
 * arrive, the part says so in its place (LoadFailed) and the rest of the page goes on working.
 * React.lazy keeps a failed import for good: « Réessayer » makes a new lazy component, hence a new import.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let part: ComponentType<P> | null = null;
  // The mounted part's re-render (a part that suspended at its first render was mounted again since).
  let refresh = () => {};
  const retry = () => {
    part = null;
    refresh();
  };
  const Failed = () => <LoadFailed retry={retry} />;
  return function LazyPart(props: P) {
    refresh = useReducer((n: number) => n + 1, 0)[1];
    const Part = (part ??= lazy<ComponentType<P>>(() => load().then((c) => ({ default: c }), () => ({ default: Failed }))));
    return <Part {...props} />;
  };
}
