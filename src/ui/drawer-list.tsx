import type { CatalogModule } from '../domain/catalog-schema';
import { DrawerSection } from './drawer-section';
import { useConfigurator, useT } from './store-context';

/** The drawers in catalog order, each with the modules that passed the filters. */
export function DrawerList({ modules }: { modules: readonly CatalogModule[] }) {
  const t = useT();
  const drawers = useConfigurator((s) => s.catalog.drawers);
  const total = useConfigurator((s) => s.catalog.modules.length);
  if (total === 0) return <p className="empty-state">{t('catalog.empty')}</p>;
  if (modules.length === 0) return <p className="empty-state">{t('filters.noMatch')}</p>;
  return (
    <div className="drawer-list">
      {drawers.map((drawer) => {
        const inDrawer = modules.filter((m) => m.drawer === drawer.id);
        return inDrawer.length > 0 ? <DrawerSection key={drawer.id} drawer={drawer} modules={inDrawer} /> : null;
      })}
    </div>
  );
}
