import { useId } from 'react';
import { localise } from '../domain/language';
import { noFilter, type ModuleFilter } from '../domain/module-filter';
import { useConfigurator, useT } from './store-context';

interface Props {
  filter: ModuleFilter;
  onChange: (filter: ModuleFilter) => void;
  shown: number;
}

export function CatalogFilters({ filter, onChange, shown }: Props) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const id = useId();
  const set = (key: keyof ModuleFilter) => (value: string) => onChange({ ...filter, [key]: value });
  const choices: [keyof ModuleFilter, 'filters.drawer' | 'filters.vendor' | 'filters.qualification', { id: string; label: string }[]][] = [
    ['drawer', 'filters.drawer', catalog.drawers.map((d) => ({ id: d.id, label: localise(d.name, lang) }))],
    ['vendor', 'filters.vendor', catalog.vendors.map((v) => ({ id: v.id, label: v.name }))],
    ['qualification', 'filters.qualification', catalog.qualifications.map((q) => ({ id: q.id, label: localise(q.name, lang) }))],
  ];
  const active = filter.text !== '' || filter.drawer !== '' || filter.vendor !== '' || filter.qualification !== '';
  return (
    <search className="catalog-filters">
      <div className="filter filter-search">
        <label htmlFor={`${id}-text`}>{t('filters.search')}</label>
        <input id={`${id}-text`} type="search" value={filter.text} placeholder={t('filters.searchPlaceholder')} onChange={(e) => set('text')(e.target.value)} />
      </div>
      {choices.map(([key, label, options]) => (
        <div key={key} className="filter">
          <label htmlFor={`${id}-${key}`}>{t(label)}</label>
          <select id={`${id}-${key}`} value={filter[key]} onChange={(e) => set(key)(e.target.value)}>
            <option value="">{t('filters.all')}</option>
            {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </div>
      ))}
      <p className="filter-count" role="status">
        {t('filters.count', { count: shown, total: catalog.modules.length })}
        {active && <button type="button" className="link-button" onClick={() => onChange(noFilter)}>{t('filters.clear')}</button>}
      </p>
    </search>
  );
}
