import { useId, useRef } from 'react';
import './catalog-filters.css';
import { isSingular, localise } from '../domain/language';
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
  const search = useRef<HTMLInputElement>(null);
  const set = (key: keyof ModuleFilter) => (value: string) => onChange({ ...filter, [key]: value });
  // Each filter has its own first option, which agrees with its noun: « Tous » les tiroirs, « Toutes » les qualifications.
  const choices: ['drawer' | 'vendor' | 'qualification', { id: string; label: string }[]][] = [
    ['drawer', catalog.drawers.map((d) => ({ id: d.id, label: localise(d.name, lang) }))],
    ['vendor', catalog.vendors.map((v) => ({ id: v.id, label: v.name }))],
    ['qualification', catalog.qualifications.map((q) => ({ id: q.id, label: localise(q.name, lang) }))],
  ];
  const active = Object.values(filter).some((value) => value !== '');
  return (
    <search className="catalog-filters">
      <div className="filter filter-search">
        <label htmlFor={`${id}-text`}>{t('filters.search')}</label>
        <input ref={search} id={`${id}-text`} type="search" value={filter.text} placeholder={t('filters.searchPlaceholder')} onChange={(e) => set('text')(e.target.value)} />
      </div>
      {choices.map(([key, options]) => (
        <div key={key} className="filter">
          <label htmlFor={`${id}-${key}`}>{t(`filters.${key}`)}</label>
          <select id={`${id}-${key}`} value={filter[key]} onChange={(e) => set(key)(e.target.value)}>
            <option value="">{t(`filters.all.${key}`)}</option>
            {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </div>
      ))}
      <div className="filter-summary">
        <p className="filter-count" role="status">
          {t(isSingular(shown, lang) ? 'filters.count.one' : 'filters.count.other', { count: shown, total: catalog.modules.length })}
        </p>
        {/* Outside the live region, so the count is read alone; it removes itself, so the focus goes to the search box. */}
        {active && <button type="button" className="link-button" onClick={() => { onChange(noFilter); search.current?.focus(); }}>{t('filters.clear')}</button>}
      </div>
    </search>
  );
}
