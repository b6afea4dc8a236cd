// Loaded with the draft news (draft-news.ts): a draft kept aside, said in one line.
import { moduleName } from '../domain/catalog-names';
import type { Catalog } from '../domain/catalog-schema';
import { isNewerFormat } from '../domain/draft';
import { isRecord } from '../domain/is-record';
import { isSingular, LOCALES, type Language } from '../domain/language';
import { formatNumber } from '../domain/locale-format';
import { sayDraft } from '../ui/draft-notices';
import { fill } from '../ui/messages';
import { summariseDraftText, type AsideDraft } from './drafts-aside';

/** How many modules a kept draft has, and the first three by name (« 2 modules (XWiki Base de connaissances, Glowbl Réunions) »). */
function describeModules(catalog: Catalog, modules: string[], lang: Language): string {
  if (modules.length === 0) return sayDraft(lang, 'modulesNone');
  const names = modules.slice(0, 3).map((id) => moduleName(catalog, id, lang)).join(', ') + (modules.length > 3 ? ', …' : '');
  return sayDraft(lang, modules.length === 1 ? 'modulesOne' : 'modulesMany', { count: modules.length, names });
}

/** A kept draft in one line: when, why, what it holds (« 12 mars 2026 à 14:05, remplacé par un lien de partage : 1 module (CryptPad Équipe), Draft Co »). */
export function describeDraftAside({ at, reason, text }: AsideDraft, catalog: Catalog, lang: Language): string {
  const when = at ? new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(at) : sayDraft(lang, 'asideUndated');
  return sayDraft(lang, 'asideItem', { when, why: sayDraft(lang, `aside.${reason}`), summary: describeHolding(catalog, text, lang) });
}

/** Here, not with the notices' words, which come with the first screen: only this list says it. */
const NEWER_VERSION: Record<Language, string> = {
  fr: 'brouillon d’une version plus récente du configurateur ({count} caractères), gardé tel quel',
  en: 'draft from a newer version of the configurator ({count} characters), kept as it was',
};

/** A draft a later version of the configurator wrote (« collabnext-draft/2 »): not an unreadable text. */
function fromNewerVersion(text: string): boolean {
  try {
    const raw: unknown = JSON.parse(text);
    return isRecord(raw) && isNewerFormat(raw.format);
  } catch {
    return false;
  }
}

/** What a draft's text holds, in words: its modules and company, or its length when it is not a draft. */
function describeHolding(catalog: Catalog, text: string, lang: Language): string {
  const summary = summariseDraftText(text);
  return summary.readable
    ? `${describeModules(catalog, summary.modules, lang)}, ${summary.company || sayDraft(lang, 'noCompany')}`
    : fromNewerVersion(text)
      ? fill(NEWER_VERSION[lang], { count: formatNumber(summary.characters, lang) })
      : sayDraft(lang, isSingular(summary.characters, lang) ? 'unreadableTextOne' : 'unreadableText', { count: summary.characters });
}
