import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../src/domain/draft';
import { serialiseDraft, type Draft } from '../../src/domain/draft-format';
import { emptyCustomer } from '../../src/domain/customer';
import type { Explanation } from '../../src/domain/engine/explanation';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();

/** What the configurator itself saves with SecNumCloud demanded and WALLIX Bastion chosen: Outscale VM added, with why. */
function savedByTheApp(): Draft {
  const store = createConfiguratorStore({ catalog, lang: 'fr' });
  store.getState().demandQualification('secnumcloud');
  store.getState().selectModule('wallix-bastion');
  const { configuration, addedAutomatically } = store.getState();
  return { configuration, addedAutomatically, customer: emptyCustomer(), notes: '', salesMode: false };
}

const notesRestored = (draft: Draft) => {
  const restored = restoreDraft(catalog, serialiseDraft(draft));
  if (!restored.ok) throw new Error('the draft should be read');
  return restored.value;
};

describe('an « Ajouté d’office » note read back from a saved draft', () => {
  it('is kept as the configurator wrote it, qualification and rules included', () => {
    const draft = savedByTheApp();
    expect(draft.addedAutomatically['outscale-vm']).toEqual({
      kind: 'implied', module: 'outscale-vm', modules: ['wallix-bastion'], qualifications: ['secnumcloud'], rules: ['qualification:secnumcloud', 'bastion-needs-servers'],
    });
    expect(notesRestored(draft).draft.addedAutomatically).toEqual(draft.addedAutomatically);
  });

  const forged = (change: Partial<Explanation>): Draft => {
    const draft = savedByTheApp();
    const note = draft.addedAutomatically['outscale-vm'] as Explanation;
    return { ...draft, addedAutomatically: { 'outscale-vm': { ...note, ...change } } };
  };

  it.each<[string, Partial<Explanation>]>([
    ['a qualification the catalog does not have', { qualifications: ['secnumcloud', 'no-such-q'] }],
    ['a qualification the draft does not demand', { qualifications: ['hds'] }],
    ['a module the catalog does not have', { modules: ['wallix-bastion', 'no-such-module'] }],
    ['a rule the catalog does not have (it would print as its id)', { rules: ['bastion-needs-servers', 'made-up-rule'] }],
    ['a qualification rule for a qualification not demanded', { rules: ['bastion-needs-servers', 'qualification:hds'] }],
  ])('is dropped, without a word, when it cites %s', (_name, change) => {
    const restored = notesRestored(forged(change));
    expect(restored.draft.addedAutomatically).toEqual({});
    expect(restored.faults).toEqual([]);
    expect(restored.draft.configuration).toEqual(savedByTheApp().configuration);
  });
});
