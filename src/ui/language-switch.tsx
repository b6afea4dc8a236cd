import { useRef, useState } from 'react';
import { LANGUAGES, type Language } from '../domain/language';
import { LoadFailed } from './lazy-part';
import { loadLanguage } from './messages';
import { useConfigurator, useT } from './store-context';

export function LanguageSwitch() {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const switchLanguage = useConfigurator((s) => s.switchLanguage);
  // The other language's words load on the click: if they do not arrive, the page says so here, in its own language.
  const [failed, setFailed] = useState<{ lang: Language; again: boolean } | null>(null);
  // The last click wins: « English » then « Français » at once must not end in English when the English words arrive last.
  const wanted = useRef<Language | null>(null);
  // « Réessayer » stays, holding the focus, until the words arrive; then the focus goes to the language chosen.
  const choose = (l: Language, again?: boolean) => {
    if (!again) setFailed(null);
    wanted.current = l;
    void loadLanguage(l).then(
      () => {
        if (wanted.current !== l) return;
        setFailed(null);
        switchLanguage(l);
        if (again) document.querySelector<HTMLElement>(`.language-switch [lang=${l}]`)?.focus();
      },
      () => wanted.current === l && setFailed({ lang: l, again: again === true }),
    );
  };
  return (
    <>
      <div className="language-switch" role="group" aria-label={t('language.label')}>
        {LANGUAGES.map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => choose(l)}>
            {t(`language.${l}`)}
          </button>
        ))}
      </div>
      {/* Dressed as the switch, whose buttons are drawn for the dark header. */}
      {failed && <div className="language-switch"><LoadFailed retry={() => choose(failed.lang, true)} again={failed.again} /></div>}
    </>
  );
}
