import { moduleName } from '../domain/catalog-names';
import { localise } from '../domain/language';
import { formatList } from '../domain/locale-format';
import { suggestionsToShow } from '../domain/suggestions';
import { useEvaluation } from './derived';
import { useConfigurator, useT } from './store-context';

/** The `recommends` rules that fire, as gentle hints with a button per suggested module that can still be added. */
export function SuggestionHints() {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const selectModule = useConfigurator((s) => s.selectModule);
  const suggestions = suggestionsToShow(catalog, useEvaluation());
  if (suggestions.length === 0) return null;
  const name = (id: string) => moduleName(catalog, id, lang);
  const message = (ruleId: string) => {
    const rule = catalog.rules.find((r) => r.id === ruleId);
    return rule?.message ? localise(rule.message, lang) : null;
  };
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('banner.suggestionsTitle')}</h2>
      <ul>
        {suggestions.map((s) => (
          <li key={s.rule}>
            <span>{message(s.rule) ?? t('suggestion.goesWith', { module: name(s.module), options: formatList(s.options.map(name), lang, 'disjunction') })}</span>
            {s.options.map((m) => (
              <button key={m} type="button" onClick={() => selectModule(m)}>{t('action.add', { name: name(m) })}</button>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
