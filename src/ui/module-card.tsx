import { useId } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { localise } from '../domain/language';
import { useEvaluation } from './derived';
import { ModuleNotes } from './module-notes';
import { ModulePrice } from './module-price';
import { moduleState } from './module-state';
import { QualificationBadges } from './qualification-badges';
import { QuantityInput } from './quantity-input';
import { useConfigurator, useT } from './store-context';

export function ModuleCard({ module }: { module: CatalogModule }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const vendor = useConfigurator((s) => s.catalog.vendors.find((v) => v.id === module.vendor));
  const item = useConfigurator((s) => s.configuration.items.find((i) => i.module === module.id));
  const selectModule = useConfigurator((s) => s.selectModule);
  const removeModule = useConfigurator((s) => s.removeModule);
  const state = moduleState(module.id, item !== undefined, useEvaluation());
  const name = localise(module.name, lang);
  const checkboxId = useId();
  const notesId = `${checkboxId}-notes`;
  return (
    <article className="module-card" data-module={module.id} data-state={state} aria-describedby={state === 'blocked' ? notesId : undefined}>
      <div className="module-card-head">
        <input
          id={checkboxId}
          type="checkbox"
          checked={item !== undefined}
          disabled={state === 'blocked'}
          aria-describedby={state === 'blocked' || state === 'implied' ? notesId : undefined}
          onChange={() => (item ? removeModule(module.id) : selectModule(module.id))}
        />
        <label htmlFor={checkboxId} className="module-card-name">{name}</label>
      </div>
      <p className="module-card-vendor">{t('module.vendor', { vendor: vendor?.name ?? module.vendor })}</p>
      <p className="module-card-description">{localise(module.description, lang)}</p>
      <ModulePrice module={module} />
      <QualificationBadges ids={module.qualifications} />
      {item && module.pricing.model !== 'flat' && <QuantityInput module={module} quantity={item.quantity} />}
      <ModuleNotes id={notesId} module={module} state={state} />
    </article>
  );
}
