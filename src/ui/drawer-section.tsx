import type { CatalogModule, Drawer } from '../domain/catalog-schema';
import { localise } from '../domain/language';
import { ModuleCard } from './module-card';
import { useConfigurator, useT } from './store-context';

export function DrawerSection({ drawer, modules }: { drawer: Drawer; modules: readonly CatalogModule[] }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const headingId = `drawer-${drawer.id}`;
  return (
    <section className="drawer" aria-labelledby={headingId} data-drawer={drawer.id}>
      <header className="drawer-header">
        <h2 id={headingId}>{localise(drawer.name, lang)}</h2>
        <p className="drawer-select">{t(drawer.select === 'one' ? 'drawer.selectOne' : 'drawer.selectMany')}</p>
        {drawer.description && <p className="drawer-description">{localise(drawer.description, lang)}</p>}
      </header>
      <div className="drawer-modules">
        {modules.map((m) => <ModuleCard key={m.id} module={m} />)}
      </div>
    </section>
  );
}
