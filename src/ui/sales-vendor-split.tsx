import { useId } from 'react';
import type { Quote } from '../domain/quote-types';
import { splitByVendor } from '../domain/vendor-split';
import { formatMoney } from '../domain/locale-format';
import { salesWords } from './sales-panel-words';
import { useConfigurator } from './store-context';

/** What each consortium member bills through the one counterpart: the monthly net split pro rata, to the cent. */
export function SalesVendorSplit({ quote }: { quote: Quote }) {
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const t = salesWords(lang);
  const catalog = useConfigurator((s) => s.catalog);
  const shares = splitByVendor(catalog, quote.lines, quote.totals.monthlyNet);
  const vendorName = (vendorId: string) => catalog.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
  return (
    <section className="sales-split" aria-labelledby={id}>
      <h4 id={id}>{t('sales.split.title')}</h4>
      {shares.length === 0 ? (
        <p className="sales-hint">{t('sales.split.empty')}</p>
      ) : (
        <>
          <table className="sales-split-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('sales.split.vendor')}</th>
                <th scope="col" className="quote-figure">{t('sales.split.recurring')}</th>
                <th scope="col" className="quote-figure">{t('sales.split.net')}</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((share) => (
                <tr key={share.vendor} data-vendor={share.vendor}>
                  <th scope="row">{vendorName(share.vendor)}</th>
                  <td className="quote-figure">{formatMoney(share.recurring, lang)}</td>
                  <td className="quote-figure" data-cents={share.net}>{formatMoney(share.net, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="sales-hint">{t('sales.split.note')}</p>
        </>
      )}
    </section>
  );
}
