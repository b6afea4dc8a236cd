import { localise } from '../domain/language';
import type { LinePrice } from '../domain/pricing-breakdown';
import { hasTierBreakdown, singleUnitPrice } from '../domain/quote-groups';
import { formatMoney, formatNumber } from '../domain/locale-format';
import { QuoteTierDetails } from './quote-tier-details';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator } from './store-context';
import { unitName } from '../domain/unit-name';

/** One quote line: module and vendor, quantity and unit, unit price, monthly amount; tiers on demand. */
export function QuoteLine({ line }: { line: LinePrice }) {
  const w = useLaterPartsWords();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const module = catalog.modules.find((m) => m.id === line.module);
  const vendor = catalog.vendors.find((v) => v.id === module?.vendor);
  const unit = module?.unit ?? '';
  const unitPrice = singleUnitPrice(line);
  const price = (cents: number) => formatMoney(cents, lang);
  const name = module ? localise(module.name, lang) : line.module;
  return (
    <li className="quote-line" data-line={line.module}>
      <div className="quote-line-head">
        <span className="quote-line-name">{name}</span>
        <span className="quote-figure quote-line-amount">{price(line.monthly)}</span>
      </div>
      <p className="quote-line-meta">
        <span>{vendor?.name ?? module?.vendor}</span>
        {line.model !== 'flat' && (
          <span>{w('quote.line.quantity', { quantity: formatNumber(line.quantity, lang), unit: unitName(catalog, unit, line.quantity, lang) })}</span>
        )}
        <span>
          {line.model === 'flat'
            ? w('quote.line.flat')
            : unitPrice === null
              ? w('quote.line.tiered')
              : w('quote.line.unitPrice', { price: price(unitPrice), unit: unitName(catalog, unit, 1, lang) })}
        </span>
      </p>
      {line.setup > 0 && <p className="quote-line-setup">{w('quote.line.setup', { price: price(line.setup) })}</p>}
      {hasTierBreakdown(line) && <QuoteTierDetails line={line} name={name} />}
    </li>
  );
}
