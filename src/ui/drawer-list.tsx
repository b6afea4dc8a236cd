import { useConfigurator, useT } from './store-context';
import { DrawerSection } from './drawer-section';

export function DrawerList() {
  const t = useT();
  const catalog = useConfigurator((s) => s.catalog);
  if (catalog.modules.length === 0) return <p className="empty-state">{t('catalog.empty')}</p>;
  return (
    <div className="drawer-list">
      {catalog.drawers.map((drawer) => {
        const modules = catalog.modules.filter((m) => m.drawer === drawer.id);
        return modules.length > 0 ? <DrawerSection key={drawer.id} drawer={drawer} modules={modules} /> : null;
      })}
    </div>
  );
}
