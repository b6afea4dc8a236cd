import { LANGUAGES } from '../domain/language';
import { loadLanguage } from './messages';
import { useConfigurator, useT } from './store-context';

export function LanguageSwitch() {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const switchLanguage = useConfigurator((s) => s.switchLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => void loadLanguage(l).then(() => switchLanguage(l))}>
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
