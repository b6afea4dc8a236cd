import { useId, useState } from 'react';
import type { Catalog } from '../domain/catalog-schema';
import { ShareRevisionDiff } from './share-revision-diff';
import { useConfigurator } from './store-context';
import { revisionWords } from './share-revision-words';
import './share-revision.css';

interface Props {
  /** Today's catalog, offered beside the older revision the link was priced on. */
  current: Catalog;
  /** Moves the quote onto today's catalog. */
  onReprice: () => void;
}

/** Shown while the quote is priced on an older catalog revision (a link asked for it): says so, and offers today's prices. */
export function ShareRevisionBanner({ current, onReprice }: Props) {
  const t = revisionWords(useConfigurator((s) => s.lang));
  const ids = useId();
  const version = useConfigurator((s) => s.catalog.version);
  const [comparing, setComparing] = useState(false);
  if (version === current.version) return null;
  return (
    <section className="share-revision" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('revision.title', { version })}</h2>
      <p>{t('revision.body', { current: current.version })}</p>
      <button type="button" aria-expanded={comparing} aria-controls={`${ids}-diff`} onClick={() => setComparing(!comparing)}>
        {t('revision.compare')}
      </button>
      {comparing && <ShareRevisionDiff id={`${ids}-diff`} current={current} onReprice={onReprice} />}
    </section>
  );
}
