import { memo } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { priceFrom } from '../domain/price-from';
import { formatMoney, formatNumber } from '../domain/locale-format';
import { useConfigurator, useT } from './store-context';
import { unitName } from '../domain/unit-name';
import './module-price.css';

/** A card's price in the words of its kind (price-from.ts), then a tiered module's cheapest tier. */
export const ModulePrice = memo(function ModulePrice({ module }: { module: CatalogModule }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const { kind, amount, quantity, cheapest, setup } = priceFrom(module);
  const price = (cents: number) => formatMoney(cents, lang);
  const unit = (count: number) => unitName(catalog, module.unit, count, lang);
  return (
    <p className="module-price">
      <span className="module-price-main">{t(`module.price.${kind}`, { price: price(amount), quantity: formatNumber(quantity, lang), unit: unit(quantity) })}</span>
      {cheapest && (
        <span className="module-price-tier">
          {t(`module.price.${cheapest.model}`, { price: price(cheapest.unitPrice), quantity: formatNumber(cheapest.quantity, lang), unit: unit(1), units: unit(cheapest.quantity) })}
          {cheapest.flatPrice > 0 && ` + ${t('module.price.flat', { price: price(cheapest.flatPrice) })}`}
        </span>
      )}
      {setup > 0 && <span className="module-price-setup">{t('module.setupFee', { price: price(setup) })}</span>}
      <span className="module-price-basis">{t(module.priceBasis === 'public' ? 'module.publicPrice' : 'module.illustrativePrice')}</span>
    </p>
  );
});
