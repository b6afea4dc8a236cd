import { describe, expect, it } from 'vitest';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

const newStore = () => createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
/** A fresh store and its state as it stands now (`s()`), the set-up most tests start from. */
const startedStore = () => {
  const store = newStore();
  return { store, s: () => store.getState() };
};
const items = (store: ReturnType<typeof newStore>) => store.getState().configuration.items;

describe('the configurator store', () => {
  it('selects a module at its default quantity, once', () => {
    const store = newStore();
    store.getState().selectModule('outscale-vm');
    store.getState().selectModule('outscale-vm');
    expect(items(store)).toEqual([{ module: 'outscale-vm', quantity: 2 }]);
  });

  it('ignores a module the catalog does not have', () => {
    const store = newStore();
    store.getState().selectModule('no-such-module');
    expect(items(store)).toEqual([]);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('undoes and redoes every change in order', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-vm');
    s().chooseTerm(12);
    s().demandQualification('hds');
    s().undo();
    expect(s().configuration.requirements).toEqual([]);
    s().undo();
    expect(s().configuration.termMonths).toBe(1);
    s().redo();
    expect(s().configuration.termMonths).toBe(12);
    s().undo();
    s().undo();
    expect(items(store)).toEqual([]);
    s().undo();
    expect(items(store)).toEqual([]);
  });

  it('counts typing a quantity digit by digit as one change', () => {
    const { store, s } = startedStore();
    s().selectModule('alinto-mail-essential');
    for (const q of [1, 12, 120]) s().changeQuantity('alinto-mail-essential', q);
    expect(items(store)).toEqual([{ module: 'alinto-mail-essential', quantity: 120 }]);
    s().undo();
    expect(items(store)).toEqual([{ module: 'alinto-mail-essential', quantity: 25 }]);
  });

  it('two edits of one quantity, with the field left in between, are two changes', () => {
    const { store, s } = startedStore();
    s().selectModule('alinto-mail-essential');
    s().changeQuantity('alinto-mail-essential', 40);
    s().endEdit();
    s().changeQuantity('alinto-mail-essential', 50);
    s().undo();
    expect(items(store)).toEqual([{ module: 'alinto-mail-essential', quantity: 40 }]);
    s().undo();
    expect(items(store)).toEqual([{ module: 'alinto-mail-essential', quantity: 25 }]);
  });

  it('an edit that comes back to where it started leaves no step to undo', () => {
    const { store, s } = startedStore();
    s().selectModule('alinto-mail-essential');
    s().changeQuantity('alinto-mail-essential', 10000);
    s().changeQuantity('alinto-mail-essential', 25);
    expect(s().history.past).toHaveLength(1);
    s().undo();
    expect(items(store)).toEqual([]);
  });

  it('a new change after an undo drops the redo stack', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-vm');
    s().undo();
    s().selectModule('glowbl-events');
    s().redo();
    expect(items(store).map((i) => i.module)).toEqual(['glowbl-events']);
  });

  it('removing a module forgets that it was added automatically', () => {
    const store = createConfiguratorStore({
      catalog: defaultCatalog(), lang: 'fr',
      bundle: { configuration: { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 2 }], termMonths: 1, requirements: [], salesDiscountBp: 0 }, addedAutomatically: { 'outscale-vm': { kind: 'implied', module: 'outscale-vm', modules: ['outscale-storage'], qualifications: [], rules: ['storage-needs-vm'] } } },
    });
    store.getState().removeModule('outscale-vm');
    expect(store.getState().addedAutomatically).toEqual({});
  });
});

describe('swapping a module for the one that blocks it', () => {
  it('replaces the module in one undoable change, keeping the buyer\'s count in the same unit (QA: it went back to 25 users)', () => {
    const { store, s } = startedStore();
    s().selectModule('alinto-mail-business');
    s().changeQuantity('alinto-mail-business', 122);
    s().swapModule(['alinto-mail-business'], 'alinto-mail-essential');
    expect(items(store)).toEqual([{ module: 'alinto-mail-essential', quantity: 122 }]);
    s().undo();
    expect(items(store)).toEqual([{ module: 'alinto-mail-business', quantity: 122 }]);
  });

  it('brings a module of another unit at its default, and a count the incoming module refuses at the nearest it takes', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup', 300);
    s().swapModule(['outscale-backup'], 'alinto-mail-essential');
    expect(items(store)).toEqual([{ module: 'alinto-mail-essential', quantity: 25 }]);
    // CryptPad Entreprise starts at 10 users.
    s().replaceConfiguration({ ...s().configuration, items: [{ module: 'cryptpad-team', quantity: 4 }] });
    s().swapModule(['cryptpad-team'], 'cryptpad-enterprise');
    expect(items(store)).toEqual([{ module: 'cryptpad-enterprise', quantity: 10 }]);
  });

  it('does nothing when the outgoing module is not selected', () => {
    const store = newStore();
    store.getState().swapModule(['alinto-mail-business'], 'alinto-mail-essential');
    expect(items(store)).toEqual([]);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('takes several modules out for the one they block together, in one undoable change (Business for Essentielle and Protect)', () => {
    const { store, s } = startedStore();
    s().selectModule('alinto-mail-essential', 122);
    s().selectModule('alinto-protect', 30);
    s().swapModule(['alinto-mail-essential', 'alinto-protect'], 'alinto-mail-business');
    // The largest count of the same unit: every mailbox stays covered.
    expect(items(store)).toEqual([{ module: 'alinto-mail-business', quantity: 122 }]);
    s().undo();
    expect(items(store).map((i) => i.module)).toEqual(['alinto-mail-essential', 'alinto-protect']);
  });
});

describe('a swap that would not free the incoming module', () => {
  it('is refused: Business for Essentielle alone, with Protect still needing Essentielle, changes nothing (review)', () => {
    const { store, s } = startedStore();
    s().selectModule('alinto-mail-essential');
    s().selectModule('alinto-protect');
    const steps = s().history.past.length;
    s().swapModule(['alinto-mail-essential'], 'alinto-mail-business');
    expect(items(store).map((i) => i.module)).toEqual(['alinto-mail-essential', 'alinto-protect']);
    expect(s().history.past).toHaveLength(steps);
    // Nor when one of the outgoing modules is not selected.
    s().swapModule(['alinto-mail-essential', 'alinto-protect', 'outscale-vm'], 'alinto-mail-business');
    expect(items(store).map((i) => i.module)).toEqual(['alinto-mail-essential', 'alinto-protect']);
  });
});

describe('taking back several choices at once (what frees a blocked card only together)', () => {
  it('removes the modules and drops the demands in one undoable change', () => {
    const { store, s } = startedStore();
    s().demandQualification('cspn');
    s().selectModule('alinto-mail-business');
    s().takeBack({ modules: ['alinto-mail-business'], qualifications: ['cspn'] });
    expect(items(store)).toEqual([]);
    expect(s().configuration.requirements).toEqual([]);
    s().undo();
    expect(items(store).map((i) => i.module)).toEqual(['alinto-mail-business']);
    expect(s().configuration.requirements).toEqual(['cspn']);
  });

  it('what was added for a choice taken back goes with it; nothing taken back, no history entry', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup');
    const added = items(store).map((i) => i.module).filter((m) => m !== 'outscale-backup');
    expect(added.length).toBeGreaterThan(0);
    s().takeBack({ modules: ['outscale-backup'], qualifications: [] });
    expect(items(store)).toEqual([]);
    const steps = s().history.past.length;
    s().takeBack({ modules: ['alinto-protect'], qualifications: ['hds'] });
    expect(s().history.past).toHaveLength(steps);
  });
});

describe('auto-completion when a module is chosen', () => {
  it('adds the only option of a requires chain, each with why, and one undo takes it all back', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup');
    expect(items(store)).toEqual([
      { module: 'outscale-backup', quantity: 125 },
      { module: 'outscale-vm', quantity: 2 },
      { module: 'outscale-storage', quantity: 100 },
    ]);
    expect(s().addedAutomatically['outscale-storage']).toEqual({
      kind: 'implied', module: 'outscale-storage', modules: ['outscale-backup'], qualifications: [], rules: ['backup-needs-storage'],
    });
    expect(s().addedAutomatically['outscale-vm']?.rules).toEqual(['storage-needs-vm', 'backup-needs-storage']);
    s().undo();
    expect(items(store)).toEqual([]);
    expect(s().addedAutomatically).toEqual({});
  });

  it('adds what the choice newly needs, not what was missing before it (a demand or a removal left it for the banner to offer)', () => {
    const { store, s } = startedStore();
    // SecNumCloud leaves Outscale VM the only server WALLIX Bastion can run on: missing, offered by the banner.
    s().selectModule('wallix-bastion');
    s().demandQualification('secnumcloud');
    s().selectModule('glowbl-meetings');
    expect(items(store).map((i) => i.module)).toEqual(['wallix-bastion', 'glowbl-meetings']);
    expect(s().addedAutomatically).toEqual({});
    // The buyer took away the server the storage brought in: another choice does not bring it back.
    s().selectModule('outscale-storage');
    s().removeModule('outscale-vm');
    s().selectModule('xwiki-knowledge');
    expect(items(store).map((i) => i.module)).not.toContain('outscale-vm');
    // QA: a choice that needs, by itself, what was already missing brings it in (storage has one server).
    const needs = newStore();
    needs.getState().selectModule('wallix-bastion');
    needs.getState().demandQualification('secnumcloud');
    needs.getState().selectModule('outscale-storage');
    expect(items(needs).map((i) => i.module)).toContain('outscale-vm');
    expect(needs.getState().addedAutomatically['outscale-vm']?.modules).toContain('outscale-storage');
    // A choice that needs what was not missing still brings it in.
    s().selectModule('alinto-protect');
    expect(items(store).map((i) => i.module)).toContain('alinto-mail-essential');
  });

  it('review: a swap out of a conflict adds only what the swap newly needs, judged without the outgoing module', () => {
    const { store, s } = startedStore();
    // Two mail modules (a one-module drawer) with WALLIX Bastion under SecNumCloud, as a link can carry them.
    s().replaceConfiguration({ ...s().configuration, items: [
      { module: 'alinto-mail-essential', quantity: 25 }, { module: 'alinto-mail-business', quantity: 25 }, { module: 'wallix-bastion', quantity: 5 },
    ], requirements: ['secnumcloud'] });
    s().swapModule(['alinto-mail-business'], 'cryptpad-team');
    expect(items(store).map((i) => i.module)).toEqual(['alinto-mail-essential', 'wallix-bastion', 'cryptpad-team']);
    expect(s().addedAutomatically).toEqual({});
  });

  it('review: waiving a demand takes away the « Ajouté d’office » notes it caused (a reload dropped them, the session kept them)', () => {
    const { store, s } = startedStore();
    s().demandQualification('secnumcloud');
    s().selectModule('wallix-bastion');
    expect(s().addedAutomatically['outscale-vm']?.qualifications).toEqual(['secnumcloud']);
    s().waiveQualification('secnumcloud');
    expect(items(store).map((i) => i.module)).toContain('outscale-vm');
    expect(s().addedAutomatically['outscale-vm']).toBeUndefined();
    s().undo();
    expect(s().addedAutomatically['outscale-vm']?.qualifications).toEqual(['secnumcloud']);
  });

  it('adds nothing when the requirement has a choice of options', () => {
    const store = newStore();
    store.getState().selectModule('wallix-bastion');
    expect(items(store).map((i) => i.module)).toEqual(['wallix-bastion']);
  });
});

describe('unticking a module takes what was added for it, unless the buyer made it theirs or another choice needs it', () => {
  it('QA: unticking Outscale Sauvegarde takes its volumes and its server (190 € a month) with it; one undo brings all three back, with why', () => {
    const { store, s } = startedStore();
    s().selectModule('glowbl-events');
    s().selectModule('outscale-backup');
    const added = s().addedAutomatically;
    s().removeModule('outscale-backup');
    expect(items(store).map((i) => i.module)).toEqual(['glowbl-events']);
    expect(s().addedAutomatically).toEqual({});
    s().undo();
    expect(items(store).map((i) => i.module)).toEqual(['glowbl-events', 'outscale-backup', 'outscale-vm', 'outscale-storage']);
    expect(s().addedAutomatically).toEqual(added);
  });

  it('a module added for it whose quantity the buyer set stays, without its note; what needed it alone goes', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup');
    s().changeQuantity('outscale-vm', 4);
    s().removeModule('outscale-backup');
    expect(items(store)).toEqual([{ module: 'outscale-vm', quantity: 4 }]);
    expect(s().addedAutomatically).toEqual({});
  });

  it('a module added for it that another choice needs stays (WALLIX Bastion runs on the server), without its note', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup');
    s().selectModule('wallix-bastion');
    s().removeModule('outscale-backup');
    expect(items(store).map((i) => i.module)).toEqual(['outscale-vm', 'wallix-bastion']);
    expect(s().addedAutomatically).toEqual({});
  });

  it('a module the buyer chose stays, even when what it was chosen with goes', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-storage');
    s().selectModule('outscale-backup');
    s().removeModule('outscale-backup');
    // The server came with the volumes, which the buyer chose: both stay, the server with its note.
    expect(items(store).map((i) => i.module)).toEqual(['outscale-storage', 'outscale-vm']);
    expect(Object.keys(s().addedAutomatically)).toEqual(['outscale-vm']);
  });

  it('QA: a module kept because what is left implies it says why anew, and goes with what it is then kept for', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-storage');
    s().selectModule('outscale-backup');
    s().removeModule('outscale-storage');
    expect(items(store).map((i) => i.module)).toEqual(['outscale-vm', 'outscale-backup']);
    expect(s().addedAutomatically['outscale-vm']?.modules).toEqual(['outscale-backup']);
    s().removeModule('outscale-backup');
    expect(items(store)).toEqual([]);
  });

  it('QA: a configuration opened from a link or a file has its additions inferred, so unticking what implies them takes them too', () => {
    const { store, s } = startedStore();
    s().replaceConfiguration({ ...s().configuration, items: [
      { module: 'outscale-backup', quantity: 125 }, { module: 'outscale-vm', quantity: 2 }, { module: 'outscale-storage', quantity: 100 },
    ] });
    expect(Object.keys(s().addedAutomatically).sort()).toEqual(['outscale-storage', 'outscale-vm']);
    s().removeModule('outscale-backup');
    expect(items(store)).toEqual([]);
  });

  it('swapping a module out takes what was added for it, as unticking it does', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup');
    s().swapModule(['outscale-backup'], 'glowbl-events');
    expect(items(store).map((i) => i.module)).toEqual(['glowbl-events']);
    expect(s().addedAutomatically).toEqual({});
  });
});

describe('applying a repair', () => {
  it('is one undoable change that keeps why the remaining modules were added', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-storage');
    s().changeQuantity('outscale-storage', 20);
    const repaired = { ...s().configuration, items: s().configuration.items.map((i) => (i.module === 'outscale-storage' ? { ...i, quantity: 30 } : i)) };
    s().applyRepair(repaired);
    expect(s().configuration).toEqual(repaired);
    expect(Object.keys(s().addedAutomatically)).toEqual(['outscale-vm']);
    s().undo();
    expect(items(store).find((i) => i.module === 'outscale-storage')?.quantity).toBe(20);
  });
});

describe('review: notes « Ajouté d’office » after a repair or a configuration put back', () => {
  it('a repair that removes the choice an addition was made for drops that note (it said « vous avez choisi » a module gone)', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-backup');
    s().applyRepair({ ...s().configuration, items: s().configuration.items.filter((i) => i.module !== 'outscale-backup') });
    expect(items(store).map((i) => i.module)).toEqual(['outscale-vm', 'outscale-storage']);
    expect(s().addedAutomatically).toEqual({});
  });

  it('a configuration put back with its notes keeps them as they were, not inferred (a module the buyer chose stays theirs)', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-storage');
    s().selectModule('outscale-backup');
    const before = { configuration: s().configuration, notes: s().addedAutomatically };
    s().replaceConfiguration({ ...s().configuration, items: [{ module: 'cryptpad-team', quantity: 30 }] });
    s().replaceConfiguration(before.configuration, before.notes);
    expect(Object.keys(s().addedAutomatically)).toEqual(['outscale-vm']);
    s().removeModule('outscale-backup');
    expect(items(store).map((i) => i.module)).toEqual(['outscale-storage', 'outscale-vm']);
  });
});

describe('a module chosen by typing its quantity, then the typing dropped', () => {
  it('the typing is one change, and dropEdit takes it back whole: the bundle from before, implied modules included, no step', () => {
    const { s } = startedStore();
    s().selectModule('cryptpad-team');
    const before = { configuration: s().configuration, addedAutomatically: s().addedAutomatically };
    // Outscale Sauvegarde brings the modules it requires with it.
    s().selectModule('outscale-backup', 125, true);
    s().changeQuantity('outscale-backup', 130);
    expect(s().history.past).toHaveLength(2);
    expect(Object.keys(s().addedAutomatically).length).toBeGreaterThan(0);
    expect(s().dropEdit('outscale-backup')).toBe(true);
    expect({ configuration: s().configuration, addedAutomatically: s().addedAutomatically }).toEqual(before);
    expect(s().history.past).toHaveLength(1);
    expect(s().history.future).toHaveLength(0);
  });

  it('once the edit has ended (or another change came), dropEdit does nothing and says so', () => {
    const { store, s } = startedStore();
    s().selectModule('outscale-vm', 4, true);
    s().endEdit();
    expect(s().dropEdit('outscale-vm')).toBe(false);
    expect(items(store)).toEqual([{ module: 'outscale-vm', quantity: 4 }]);
  });
});
