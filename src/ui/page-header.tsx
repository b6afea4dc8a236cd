import { localise } from '../domain/language';
import { LanguageSwitch } from './language-switch';
import { SkipToQuote } from './skip-to-quote';
import { useConfigurator, useT } from './store-context';

export function PageHeader() {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const notice = useConfigurator((s) => s.catalog.notice);
  const version = useConfigurator((s) => s.catalog.version);
  return (
    <header className="page-header">
      <SkipToQuote />
      <div className="page-header-brand">
        <h1>{t('app.title')}</h1>
        <p className="page-header-tagline">{t('app.tagline')}</p>
      </div>
      <LanguageSwitch />
      <p className="page-header-notice">
        {notice ? `${localise(notice, lang)} ` : ''}
        <span className="page-header-revision">{t('catalog.revision', { version })}</span>
      </p>
    </header>
  );
}
