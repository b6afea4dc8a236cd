import type { Catalog } from '../domain/catalog-schema';
import { formatMoney, formatRate } from '../domain/locale-format';
import { durationText } from './quote-wording';
import { useRevisionComparison } from './share-revision-comparison';
import { useConfigurator } from './store-context';
import { revisionWords } from './share-revision-words';

interface Props {
  id: string;
  /** Today's catalog. */
  current: Catalog;
  onReprice: () => void;
}

/** What re-pricing on today's catalog would change, and the button that does it. */
export function ShareRevisionDiff({ id, current, onReprice }: Props) {
  const lang = useConfigurator((s) => s.lang);
  const t = revisionWords(lang);
  const version = useConfigurator((s) => s.catalog.version);
  const { diff, changes, prices, conflicts, monthlyNet } = useRevisionComparison(current);
  const money = (cents: number | null) => (cents === null ? t('diff.unpriceable') : formatMoney(cents, lang));
  const same = changes.length === 0 && prices.length === 0 && diff.termRate === null;
  return (
    <div id={id} className="share-diff">
      <h3>{t('diff.title', { current: current.version })}</h3>
      {same && <p>{t('diff.nothing')}</p>}
      {changes.length > 0 && (
        <>
          <h4>{t('diff.changes')}</h4>
          <ul className="share-diff-changes">{changes.map((text) => <li key={text}>{text}</li>)}</ul>
        </>
      )}
      {prices.length > 0 && (
        <table className="share-diff-prices">
          <caption>{t('diff.prices')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.module')}</th>
              <th scope="col">{t('diff.before', { version })}</th>
              <th scope="col">{t('diff.after', { version: current.version })}</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((row) => (
              <tr key={row.module} data-price-change={row.module}>
                <th scope="row">{row.name}</th>
                <td data-cents={row.before.monthly ?? ''}>
                  {money(row.before.monthly)}
                  {row.before.setup !== row.after.setup && <small> {t('diff.setup', { amount: money(row.before.setup) })}</small>}
                </td>
                <td data-cents={row.after.monthly ?? ''}>
                  {money(row.after.monthly)}
                  {row.before.setup !== row.after.setup && <small> {t('diff.setup', { amount: money(row.after.setup) })}</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.termRate && (
        <p className="share-diff-term">
          {t('diff.termRate', {
            duration: durationText(diff.termRate.months, lang),
            before: formatRate(diff.termRate.beforeBp, lang),
            after: formatRate(diff.termRate.afterBp, lang),
          })}
        </p>
      )}
      {conflicts.length > 0 && (
        <>
          <h4>{t('diff.conflicts')}</h4>
          <ul>{conflicts.map((text) => <li key={text}>{text}</li>)}</ul>
        </>
      )}
      <p className="share-diff-total">{t('diff.monthlyNet', { before: money(monthlyNet.before), after: money(monthlyNet.after) })}</p>
      <button type="button" className="share-diff-switch" onClick={onReprice}>{t('revision.switch', { current: current.version })}</button>
    </div>
  );
}
