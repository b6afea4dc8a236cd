import { describeExplanation } from '../domain/engine/describe-explanation';
import { localise } from '../domain/language';
import { useExplanations } from './derived';
import { useConfigurator, useT } from './store-context';

/** One sentence on what blocks the module, and one button per decision that would free it ("Retirer X"). */
export function BlockedReason({ id, moduleId }: { id: string; moduleId: string }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const removeModule = useConfigurator((s) => s.removeModule);
  const waive = useConfigurator((s) => s.waiveQualification);
  const explanation = useExplanations().blocked.find((e) => e.module === moduleId);
  if (!explanation) return <p id={id} className="module-note module-note-blocked">{t('state.blocked')}</p>;
  const moduleName = (m: string) => {
    const found = catalog.modules.find((x) => x.id === m);
    return found ? localise(found.name, lang) : m;
  };
  const qualificationName = (q: string) => {
    const found = catalog.qualifications.find((x) => x.id === q);
    return found ? localise(found.name, lang) : q;
  };
  return (
    <div className="module-note module-note-blocked">
      <p id={id}>{describeExplanation(catalog, explanation, lang)}</p>
      <div className="module-note-actions">
        {explanation.modules.map((m) => (
          <button key={m} type="button" onClick={() => removeModule(m)}>{t('action.remove', { name: moduleName(m) })}</button>
        ))}
        {explanation.qualifications.map((q) => (
          <button key={q} type="button" onClick={() => waive(q)}>{t('action.waive', { name: qualificationName(q) })}</button>
        ))}
      </div>
    </div>
  );
}
