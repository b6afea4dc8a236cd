import { useId } from 'react';
import { localise } from '../domain/language';
import type { LinePrice } from '../domain/pricing-breakdown';
import { groupLinesByDrawer } from '../domain/quote-groups';
import { QuoteLine } from './quote-line';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator } from './store-context';

/** The quote's lines grouped by drawer, drawers in catalog order. */
export function QuoteLines({ lines }: { lines: LinePrice[] }) {
  const w = useLaterPartsWords();
  const titleId = useId();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  return (
    <section className="quote-section quote-lines" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="quote-section-title">{w('quote.lines.title')}</h3>
      {groupLinesByDrawer(catalog, lines).map(({ drawer, lines: drawerLines }) => {
        const name = localise(catalog.drawers.find((d) => d.id === drawer)?.name ?? { fr: drawer, en: drawer }, lang);
        return (
          <div key={drawer} className="quote-drawer">
            <h4 className="quote-drawer-name">{name}</h4>
            <ul className="quote-drawer-lines" aria-label={w('quote.lines.caption', { drawer: name })}>
              {drawerLines.map((line) => <QuoteLine key={line.module} line={line} />)}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
