import { lazy, useEffect, useReducer, useRef, type ComponentType } from 'react';
import { importAgain } from './import-again';
import { useT } from './store-context';

/**
 * What a part of the page whose code did not download (connection lost, or a redeploy removed the chunk)
 * says in its place: « Cette partie de la page n’a pas pu être chargée (connexion interrompue ?). » and
 * « Réessayer », which tries again. Failed `again`, after « Réessayer », it also offers to reload the page: a file the
 * part imports may have failed too, and Chromium keeps a failed file for the page's life, so only a reload fetches it
 * again. The draft is saved as it changes and the address bar carries the configuration: the reload keeps the quote.
 */
export function LoadFailed({ retry, again = false }: { retry: () => void; again?: boolean }) {
  const t = useT();
  return (
    <p>
      {t('load.part')} <button type="button" onClick={retry}>{t('load.retry')}</button>
      {again && <> <button type="button" onClick={() => location.reload()}>{t('load.reload')}</button></>}
    </p>
  );
}

/**
 * A part of the page whose code loads on demand (render it inside <Suspense>). If the code does not
 * arrive, the part says so in its place (LoadFailed) and the rest of the page goes on working.
 * React.lazy keeps a failed import for good: « Réessayer » makes a new lazy component, hence a new import (under
 * another address: the browser may keep the failure too, import-again.ts). `name` is the part's export in its module.
 */
export function lazyPart<M extends object, K extends keyof M & string, P extends object = M[K] extends ComponentType<infer Q> ? Q & object : never>(
  load: () => Promise<M>,
  name: K,
): ComponentType<P> {
  const fetchPart = importAgain(load, name);
  const pick = (module: M) => module[name] as ComponentType<P>;
  let part: ComponentType<P> | null = null;
  // The mounted part's re-render (a part that suspended at its first render was mounted again since).
  let refresh = () => {};
  // « Réessayer » had the focus and went away: the focus goes to what takes its place (0: nothing to place).
  let retried = 0;
  let retries = 0;
  const retry = () => {
    part = null;
    retried = ++retries;
    refresh();
  };
  const Failed = () => <LoadFailed retry={retry} again={retries > 0} />;
  return function LazyPart(props: P) {
    refresh = useReducer((n: number) => n + 1, 0)[1];
    const marker = useRef<HTMLSpanElement>(null);
    const Part = (part ??= lazy<ComponentType<P>>(() => fetchPart().then((m) => ({ default: pick(m) }), () => ({ default: Failed }))));
    const placing = retried;
    useEffect(() => {
      if (placing === 0 || !marker.current) return;
      retried = 0;
      // Only a focus that went away with « Réessayer »: one the user has since put elsewhere stays there.
      if (document.activeElement === null || document.activeElement === document.body) focusWhatFollows(marker.current);
    }, [placing]);
    return (
      <>
        {placing !== 0 && <span ref={marker} hidden />}
        <Part {...props} />
      </>
    );
  };
}

const FOCUSABLE = ':is(button, input, select, textarea):enabled, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * After « Réessayer »: the first control of what loaded in its place (or the new « Réessayer » if the code failed
 * again); a part without controls hands the focus to the page's main region, never to <body>.
 */
function focusWhatFollows(marker: Element): void {
  for (let next = marker.nextElementSibling; next; next = next.nextElementSibling) {
    const target = next.matches(FOCUSABLE) ? next : next.querySelector(FOCUSABLE);
    if (target instanceof HTMLElement) return target.focus();
  }
  document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
}
