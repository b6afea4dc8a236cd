import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../../src/domain/configuration';
import { emptyConfiguration } from '../../../src/domain/empty-configuration';
import { withoutAdditionsLeftBehind } from '../../../src/domain/engine/additions-left-behind';
import type { Explanation } from '../../../src/domain/engine/explanation';
import { defaultCatalog } from '../../fixtures/catalogs';

const catalog = defaultCatalog();
const configuration = (...items: [string, number][]): Configuration =>
  ({ ...emptyConfiguration(catalog), items: items.map(([module, quantity]) => ({ module, quantity })) });
const addedFor = (module: string, modules: string[], qualifications: string[] = []): Explanation =>
  ({ kind: 'implied', module, modules, qualifications, rules: [] });
const ids = ({ configuration }: { configuration: Configuration }) => configuration.items.map((i) => i.module);

describe('the additions a removal leaves behind', () => {
  const notes = { 'outscale-storage': addedFor('outscale-storage', ['outscale-backup']), 'outscale-vm': addedFor('outscale-vm', ['outscale-backup']) };

  it('go, the volume before the server it needed, whatever order the bundle lists them in', () => {
    for (const order of [[['outscale-vm', 2], ['outscale-storage', 100]], [['outscale-storage', 100], ['outscale-vm', 2]]] as [string, number][][]) {
      expect(ids(withoutAdditionsLeftBehind(catalog, configuration(...order), notes, { modules: ['outscale-backup'], qualifications: [] }))).toEqual([]);
    }
  });

  it('go even when the configuration already breaks a rule of its own (two mail offers, one allowed)', () => {
    const broken = configuration(['alinto-mail-essential', 25], ['alinto-mail-business', 25], ['outscale-vm', 2], ['outscale-storage', 100]);
    expect(ids(withoutAdditionsLeftBehind(catalog, broken, notes, { modules: ['outscale-backup'], qualifications: [] })))
      .toEqual(['alinto-mail-essential', 'alinto-mail-business']);
  });

  it('stay when their note names something still there, or nothing that went', () => {
    const kept = configuration(['outscale-vm', 2], ['outscale-storage', 100]);
    expect(ids(withoutAdditionsLeftBehind(catalog, kept, notes, { modules: ['glowbl-events'], qualifications: [] }))).toEqual(['outscale-vm', 'outscale-storage']);
    expect(ids(withoutAdditionsLeftBehind(catalog, kept, {}, { modules: ['outscale-backup'], qualifications: [] }))).toEqual(['outscale-vm', 'outscale-storage']);
  });

  it('a demand waived takes what it alone made needed; a module a choice still needs stays (Bastion runs on the server)', () => {
    const vm = { 'outscale-vm': addedFor('outscale-vm', ['wallix-bastion'], ['secnumcloud']) };
    const bastion = configuration(['wallix-bastion', 5], ['outscale-vm', 2]);
    expect(ids(withoutAdditionsLeftBehind(catalog, bastion, vm, { modules: [], qualifications: ['secnumcloud'] }))).toEqual(['wallix-bastion', 'outscale-vm']);
    const alone = configuration(['outscale-vm', 2]);
    expect(ids(withoutAdditionsLeftBehind(catalog, alone, { 'outscale-vm': addedFor('outscale-vm', [], ['hds']) }, { modules: [], qualifications: ['hds'] }))).toEqual([]);
  });

  it('one that stays because what is left implies it says why anew; one kept for another reason says nothing', () => {
    const backup = configuration(['outscale-backup', 125], ['outscale-vm', 2]);
    const left = withoutAdditionsLeftBehind(catalog, backup, { 'outscale-vm': addedFor('outscale-vm', ['outscale-storage']) }, { modules: ['outscale-storage'], qualifications: [] });
    expect(ids(left)).toEqual(['outscale-backup', 'outscale-vm']);
    expect(left.restated['outscale-vm']).toMatchObject({ kind: 'implied', module: 'outscale-vm', modules: ['outscale-backup'] });
    const bastion = configuration(['wallix-bastion', 5], ['outscale-vm', 2]);
    expect(withoutAdditionsLeftBehind(catalog, bastion, { 'outscale-vm': addedFor('outscale-vm', ['wallix-bastion'], ['secnumcloud']) }, { modules: [], qualifications: ['secnumcloud'] }).restated).toEqual({});
  });
});
