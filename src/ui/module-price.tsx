import type { CatalogModule } from '../domain/catalog-schema';
import { priceFrom } from '../domain/price-from';
import { formatMoney, formatNumber } from '../domain/locale-format';
import { useConfigurator, useT } from './store-context';
import { unitName } from '../domain/unit-name';

export function ModulePrice({ module }: { module: CatalogModule }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const from = priceFrom(module);
  const price = (cents: number) => formatMoney(cents, lang);
  const text = (() => {
    switch (from.kind) {
      case 'flat':
        return t('module.priceFlat', { price: price(from.monthly) });
      case 'perUnit':
        return t('module.pricePerUnit', { price: price(from.unitPrice), unit: unitName(catalog, module.unit, 1, lang) });
      case 'fromUnitPrice':
        return t('module.priceFromUnit', { price: price(from.unitPrice), unit: unitName(catalog, module.unit, 1, lang) });
      case 'atMinimum':
        return t('module.priceAtMin', { price: price(from.monthly), quantity: formatNumber(from.quantity, lang), unit: unitName(catalog, module.unit, from.quantity, lang) });
      case 'flatUpTo':
        return t('module.priceFlatUpTo', { price: price(from.monthly), quantity: formatNumber(from.upTo, lang), unit: unitName(catalog, module.unit, from.upTo, lang) });
      default:
        return from satisfies never;
    }
  })();
  return (
    <p className="module-price">
      <span className="module-price-main">{text}</span>
      {from.setup > 0 && <span className="module-price-setup">{t('module.setupFee', { price: price(from.setup) })}</span>}
      <span className="module-price-basis">{t(module.priceBasis === 'public' ? 'module.publicPrice' : 'module.illustrativePrice')}</span>
    </p>
  );
}
