import { CustomerForm } from './customer-form';
import { useConfigurator } from './store-context';

/** The customer and quote details, saved with the draft as they are typed. */
export function CustomerSection() {
  const lang = useConfigurator((s) => s.lang);
  const customer = useConfigurator((s) => s.customer);
  const fillCustomer = useConfigurator((s) => s.fillCustomer);
  return (
    <section className="customer-section">
      <CustomerForm lang={lang} value={customer} onChange={fillCustomer} />
    </section>
  );
}
