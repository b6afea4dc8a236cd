import { useMemo, useState } from 'react';
import { filterModules, noFilter } from '../domain/module-filter';
import { CatalogFilters } from './catalog-filters';
import { ChangeAnnouncer } from './change-announcer';
import { DrawerList } from './drawer-list';
import { HistoryControls } from './history-controls';
import { RequirementToggles } from './requirement-toggles';
import { ViolationBanner } from './violation-banner';
import { useConfigurator } from './store-context';
import './forced-colors.css';

/** The left column: demanded qualifications, filters, the drawers. */
export function Configurator() {
  const catalog = useConfigurator((s) => s.catalog);
  const [filter, setFilter] = useState(noFilter);
  const modules = useMemo(() => filterModules(catalog, filter), [catalog, filter]);
  return (
    <div className="configurator-main">
      <div className="toolbar">
        <RequirementToggles />
        <HistoryControls />
      </div>
      <ViolationBanner />
      <ChangeAnnouncer />
      <CatalogFilters filter={filter} onChange={setFilter} shown={modules.length} />
      <DrawerList modules={modules} />
    </div>
  );
}
