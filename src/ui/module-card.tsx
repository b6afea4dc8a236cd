import type { CatalogModule } from '../domain/catalog-schema';
import { localise } from '../domain/language';
import { ModulePrice } from './module-price';
import { QualificationBadges } from './qualification-badges';
import { useConfigurator, useT } from './store-context';

export function ModuleCard({ module }: { module: CatalogModule }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const vendor = useConfigurator((s) => s.catalog.vendors.find((v) => v.id === module.vendor));
  const selected = useConfigurator((s) => s.configuration.items.some((i) => i.module === module.id));
  const selectModule = useConfigurator((s) => s.selectModule);
  const removeModule = useConfigurator((s) => s.removeModule);
  const name = localise(module.name, lang);
  const checkboxId = `module-${module.id}`;
  return (
    <article className="module-card" data-module={module.id} data-state={selected ? 'selected' : 'available'}>
      <div className="module-card-head">
        <input
          id={checkboxId}
          type="checkbox"
          checked={selected}
          onChange={() => (selected ? removeModule(module.id) : selectModule(module.id))}
        />
        <label htmlFor={checkboxId} className="module-card-name">{name}</label>
      </div>
      <p className="module-card-vendor">{t('module.vendor', { vendor: vendor?.name ?? module.vendor })}</p>
      <p className="module-card-description">{localise(module.description, lang)}</p>
      <ModulePrice module={module} />
      <QualificationBadges ids={module.qualifications} />
    </article>
  );
}
