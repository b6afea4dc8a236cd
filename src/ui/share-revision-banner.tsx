import { useId, useState } from 'react';
import type { Catalog } from '../domain/catalog-schema';
import { ShareRevisionDiff } from './share-revision-diff';
import { useConfigurator, useT } from './store-context';
import './share-revision.css';

interface Props {
  /** Today's catalog, offered beside the older revision the link was priced on. */
  current: Catalog;
  /** Moves the quote onto today's catalog. */
  onReprice: () => void;
}

/** Shown while the quote is priced on an older catalog revision (a link asked for it): says so, and offers today's prices. */
export function ShareRevisionBanner({ current, onReprice }: Props) {
  const t = useT();
  const ids = useId();
  const version = useConfigurator((s) => s.catalog.version);
  const [comparing, setComparing] = useState(false);
  if (version === current.version) return null;
  return (
    <section className="share-revision" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('share.revision.title', { version })}</h2>
      <p>{t('share.revision.body', { current: current.version })}</p>
      <button type="button" aria-expanded={comparing} aria-controls={`${ids}-diff`} onClick={() => setComparing(!comparing)}>
        {t('share.revision.compare')}
      </button>
      {comparing && <ShareRevisionDiff id={`${ids}-diff`} current={current} onReprice={onReprice} />}
    </section>
  );
}
