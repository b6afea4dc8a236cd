import type { Catalog } from '../domain/catalog-schema';
import { LANGUAGES, localise, type Language } from '../domain/language';
import { formatMoney, formatRate } from '../domain/locale-format';
import { revisionChangesNothing, type RevisionDiff } from '../domain/share-diff';
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
  const rate = (bp: number) => formatRate(bp, lang);
  const same = revisionChangesNothing(diff);
  return (
    <div id={id} className="share-diff">
      <h3>{t('diff.title', { current: current.version })}</h3>
      {same && <p>{t('diff.nothing')}</p>}
      {changes.length + diff.renamed.length > 0 && (
        <>
          <h4>{t('diff.changes')}</h4>
          <ul className="share-diff-changes">
            {changes.map((text) => <li key={text}>{text}</li>)}
            {diff.renamed.map((r) => <li key={r.module}>{t('diff.renamed', renamedIn(r, lang))}</li>)}
          </ul>
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
      {diff.bundleRate && <p>{t('diff.bundleRate', { before: rate(diff.bundleRate.beforeBp), after: rate(diff.bundleRate.afterBp) })}</p>}
      {diff.vatRate && <p>{t('diff.vatRate', { before: rate(diff.vatRate.beforeBp), after: rate(diff.vatRate.afterBp) })}</p>}
      {diff.approval && (
        <p>
          {t(diff.approval.after ? 'diff.approvalNeeded' : 'diff.approvalLifted', {
            rate: rate(diff.configuration.salesDiscountBp),
            threshold: rate(current.discounts.salesApprovalThresholdBp),
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

/** A renamed module's two names, in the page's language, or in the one whose name changed when the page's did not. */
function renamedIn({ before, after }: RevisionDiff['renamed'][number], lang: Language): { before: string; after: string } {
  const shown = [lang, ...LANGUAGES].find((l) => localise(before, l) !== localise(after, l)) ?? lang;
  return { before: localise(before, shown), after: localise(after, shown) };
}
