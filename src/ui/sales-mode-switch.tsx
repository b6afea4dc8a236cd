import { useId } from 'react';
import { useConfigurator, useT } from './store-context';

/** The visible switch that shows the sales tools (a convenience, not a security boundary). */
export function SalesModeSwitch() {
  const t = useT();
  const id = useId();
  const salesMode = useConfigurator((s) => s.salesMode);
  const toggleSalesMode = useConfigurator((s) => s.toggleSalesMode);
  return (
    <div className="sales-switch">
      <input id={id} type="checkbox" role="switch" checked={salesMode} onChange={toggleSalesMode} />
      <label htmlFor={id}>{t('sales.switch')}</label>
    </div>
  );
}
