import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, draftTextOf } from '../../src/app/draft-storage';
import { listDraftsAside } from '../../src/app/drafts-aside';
import { keepDraftReplacedByImport } from '../../src/app/import-draft-aside';
import type { Configuration } from '../../src/domain/configuration';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';
import { FakeStorage } from './fake-storage';

let saved: FakeStorage;
beforeEach(() => {
  saved = new FakeStorage();
  vi.stubGlobal('window', { localStorage: saved });
});
afterEach(() => vi.unstubAllGlobals());

const file: Configuration = { catalog: '2026-11', items: [{ module: 'xwiki-knowledge', quantity: 60 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };

/** A page showing these modules (and these other choices), its draft saved as it is. */
function pageWith(modules: string[], choose: (store: ReturnType<typeof createConfiguratorStore>) => void = () => {}) {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
  for (const module of modules) store.getState().selectModule(module);
  choose(store);
  saved.setItem(DRAFT_KEY, draftTextOf(store.getState()));
  return store.getState();
}
const aside = () => listDraftsAside(saved as unknown as Storage).kept.map(({ reason, text }) => ({ reason, text }));
const asideKeys = () => [...saved.items.keys()].filter((key) => key !== DRAFT_KEY);

describe('the draft an import replaces', () => {
  it('is kept aside as this tab shows it, « import » its reason, once the draft is the file’s', () => {
    const before = pageWith(['cryptpad-team', 'alinto-mail-essential']);
    keepDraftReplacedByImport(before, file, 'import');
    saved.setItem(DRAFT_KEY, 'the imported draft');
    expect(aside()).toEqual([{ reason: 'import', text: draftTextOf(before) }]);
  });

  it('review: is this tab’s configuration, not the text another tab saved over it', () => {
    const before = pageWith(['cryptpad-team']);
    saved.setItem(DRAFT_KEY, draftTextOf(pageWith(['glowbl-meetings'])));
    keepDraftReplacedByImport(before, file, 'import');
    saved.setItem(DRAFT_KEY, 'the imported draft');
    expect(aside()).toEqual([{ reason: 'import', text: draftTextOf(before) }]);
  });

  it('review: is kept for choices without a module (a term, a qualification demanded)', () => {
    keepDraftReplacedByImport(pageWith([], (store) => store.getState().chooseTerm(36)), file, 'import');
    saved.setItem(DRAFT_KEY, 'the imported draft');
    expect(aside().map(({ reason }) => reason)).toEqual(['import']);
  });

  it('before « Annuler l’import » takes away changes made since: kept with its own reason', () => {
    const shown = pageWith(['xwiki-knowledge', 'glowbl-meetings']);
    keepDraftReplacedByImport(shown, pageWith(['cryptpad-team']).configuration, 'import-undone');
    expect(aside()).toEqual([{ reason: 'import-undone', text: draftTextOf(shown) }]);
  });

  it('is not kept when nothing would be lost: an empty configuration, or the file’s own choices', () => {
    keepDraftReplacedByImport(pageWith([]), file, 'import');
    expect(asideKeys()).toEqual([]);
    const same = pageWith(['xwiki-knowledge']);
    keepDraftReplacedByImport(same, { ...same.configuration }, 'import');
    expect(asideKeys()).toEqual([]);
  });

  it('is not kept when the browser refuses: nothing half-written', () => {
    const before = pageWith(['cryptpad-team']);
    saved.quota = saved.getItem(DRAFT_KEY)!.length + DRAFT_KEY.length;
    keepDraftReplacedByImport(before, file, 'import');
    expect(asideKeys()).toEqual([]);
  });
});
