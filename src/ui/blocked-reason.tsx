import { localise } from '../domain/language';
import { useConfigurator, useT } from './store-context';
import type { ModuleView } from './use-module-view';

/** One sentence on what blocks the module, and one button per decision that would free it ("Retirer X"). */
export function BlockedReason({ id, view }: { id: string; view: ModuleView }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const removeModule = useConfigurator((s) => s.removeModule);
  const waive = useConfigurator((s) => s.waiveQualification);
  const name = (list: readonly { id: string; name: { fr: string; en: string } }[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? localise(found.name, lang) : id;
  };
  const split = (ids: string) => (ids === '' ? [] : ids.split(' '));
  return (
    <div className="module-note module-note-blocked">
      <p id={id}>{view.reason ?? t('state.blocked')}</p>
      <div className="module-note-actions">
        {split(view.blockingModules).map((m) => (
          <button key={m} type="button" onClick={() => removeModule(m)}>{t('action.remove', { name: name(catalog.modules, m) })}</button>
        ))}
        {split(view.blockingQualifications).map((q) => (
          <button key={q} type="button" onClick={() => waive(q)}>{t('action.waive', { name: name(catalog.qualifications, q) })}</button>
        ))}
      </div>
    </div>
  );
}
