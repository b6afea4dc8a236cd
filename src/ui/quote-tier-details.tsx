import type { LinePrice, PriceComponent } from '../domain/pricing-breakdown';
import { formatMoney, formatNumber } from '../domain/locale-format';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator } from './store-context';

type UnitsTerm = Extract<PriceComponent, { kind: 'units' }>;

/** A volume tier says the tier reached; a graduated one its units, « Unité 51 » when it holds a single one. */
const unitsKey = (line: LinePrice, term: UnitsTerm) =>
  line.model === 'volume' ? 'quote.tiers.volume' : term.firstUnit === term.lastUnit ? 'quote.tiers.graduated.one' : 'quote.tiers.graduated';

/** The terms that add up to a tiered line's monthly price, shown on demand; named with its line's module for a screen reader. */
export function QuoteTierDetails({ line, name }: { line: LinePrice; name: string }) {
  const w = useLaterPartsWords();
  const lang = useConfigurator((s) => s.lang);
  const money = (cents: number) => formatMoney(cents, lang);
  const n = (value: number) => formatNumber(value, lang);
  return (
    <details className="quote-tiers">
      <summary>{w('quote.tiers.summary')}<span className="visually-hidden"> — {name}</span></summary>
      <ul>
        {line.components.map((c, i) => (
          <li key={i}>
            <span>
              {c.kind === 'units'
                ? w(unitsKey(line, c), { first: n(c.firstUnit), last: n(c.lastUnit), units: n(c.units), price: money(c.unitPrice) })
                : w(c.kind === 'tierFlatFee' ? 'quote.tiers.flatFee' : 'quote.line.flat')}
            </span>
            <span className="quote-figure">{money(c.amount)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
