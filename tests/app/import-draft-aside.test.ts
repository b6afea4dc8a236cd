import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, draftTextOf } from '../../src/app/draft-storage';
import { listDraftsAside } from '../../src/app/drafts-aside';
import { keepDraftBeforeImport } from '../../src/app/import-draft-aside';
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

/** A page showing these modules, its draft saved as it is. */
function pageWith(modules: string[]) {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
  for (const module of modules) store.getState().selectModule(module);
  saved.setItem(DRAFT_KEY, draftTextOf(store.getState()));
  return store.getState();
}
const aside = () => listDraftsAside(saved as unknown as Storage).kept.map(({ reason, text }) => ({ reason, text }));

describe('the draft an import replaces', () => {
  it('is kept aside as saved, byte for byte, « import » its reason, once the draft is the file’s', () => {
    const before = pageWith(['cryptpad-team', 'alinto-mail-essential']);
    const text = saved.getItem(DRAFT_KEY);
    keepDraftBeforeImport(before, file);
    saved.setItem(DRAFT_KEY, 'the imported draft');
    expect(aside()).toEqual([{ reason: 'import', text }]);
  });

  it('is forgotten when the import is undone, and only that copy: the same text kept for another reason stays', () => {
    const before = pageWith(['cryptpad-team']);
    const text = saved.getItem(DRAFT_KEY) ?? '';
    saved.setItem('collabnext.draft.aside.2026-03-10T09:00:00.000Z.link', text);
    const forget = keepDraftBeforeImport(before, file);
    saved.setItem(DRAFT_KEY, 'the imported draft');
    forget();
    forget();
    expect(listDraftsAside(saved as unknown as Storage).kept).toEqual([expect.objectContaining({ reason: 'link', text })]);
  });

  it('is not kept when nothing would be lost: an empty configuration, or the file’s own choices', () => {
    keepDraftBeforeImport(pageWith([]), file);
    saved.items.clear();
    const same = pageWith(['xwiki-knowledge']);
    keepDraftBeforeImport(same, { ...same.configuration });
    saved.setItem(DRAFT_KEY, 'the imported draft');
    expect(aside()).toEqual([]);
  });

  it('is not kept when the browser refuses, and forgetting then touches nothing', () => {
    const before = pageWith(['cryptpad-team']);
    saved.quota = saved.getItem(DRAFT_KEY)!.length + DRAFT_KEY.length;
    const forget = keepDraftBeforeImport(before, file);
    forget();
    expect([...saved.items.keys()]).toEqual([DRAFT_KEY]);
  });
});
