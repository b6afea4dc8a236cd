import { CustomerForm } from './customer-form';
import { EraseDataControl, type EraseDataControlProps } from './erase-data-control';
import { useConfigurator } from './store-context';

/** The customer and quote details, saved with the draft as they are typed; at their foot, how to erase them from this browser. */
export function CustomerSection({ onErase }: Pick<EraseDataControlProps, 'onErase'>) {
  const lang = useConfigurator((s) => s.lang);
  const customer = useConfigurator((s) => s.customer);
  const fillCustomer = useConfigurator((s) => s.fillCustomer);
  return (
    <section className="customer-section">
      <CustomerForm lang={lang} value={customer} onChange={fillCustomer} />
      <EraseDataControl lang={lang} onErase={onErase} />
    </section>
  );
}
