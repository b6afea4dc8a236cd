import { moduleName } from '../domain/catalog-names';
import { localise } from '../domain/language';
import { formatList } from '../domain/locale-format';
import type { Suggestion } from '../domain/suggestions';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator, useT } from './store-context';

/**
 * The catalog's `recommends` rules that a chosen module sets off, as a gentle hint on its own card (where
 * the buyer just clicked, not at the top of a long page), with a button per module that can still be
 * added. The hint goes once the module is added, so the focus moves to the added module's checkbox (to
 * this card's own when a filter hides the added one).
 */
export function ModuleSuggestions({ suggestions }: { suggestions: readonly Suggestion[] }) {
  const t = useT();
  const w = useLaterPartsWords();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const selectModule = useConfigurator((s) => s.selectModule);
  const name = (id: string) => moduleName(catalog, id, lang);
  const sentence = ({ rule, options }: Suggestion) => {
    const message = catalog.rules.find((r) => r.id === rule)?.message;
    return message ? localise(message, lang) : w('suggestion.goesWith', { options: formatList(options.map(name), lang, 'disjunction') });
  };
  return suggestions.map((suggestion) => (
    <div key={suggestion.rule} className="module-note module-note-suggestion">
      <p>{sentence(suggestion)}</p>
      <div className="module-note-actions">
        {suggestion.options.map((m) => (
          <button key={m} type="button" onClick={() => changeThenFocus(() => selectModule(m), () => moduleControl(m) ?? moduleControl(suggestion.module))}>
            {t('action.add', { name: name(m) })}
          </button>
        ))}
      </div>
    </div>
  ));
}
