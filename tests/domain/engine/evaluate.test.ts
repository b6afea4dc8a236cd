import { describe, expect, it } from 'vitest';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { defaultCatalog } from '../../fixtures/catalogs';
import { configurationOf, engineCatalog, excludes, requires } from './engine-fixtures';

/** a1 → a2 → (c1 | c2); c1 and c2 each excluded by one of c3, b1; a3 → a4; b2 → a4. */
const chains = engineCatalog([
  requires('a1-a2', 'a1', ['a2']),
  requires('a2-c', 'a2', ['c1', 'c2']),
  excludes('c3-c1', ['c3', 'c1']),
  excludes('b1-c2', ['b1', 'c2']),
  requires('a3-a4', 'a3', ['a4']),
  requires('b2-a4', 'b2', ['a4']),
]);
const all = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'];
const except = (...ids: string[]) => all.filter((id) => !ids.includes(id));

describe('selectable looks ahead through chains of requires; implied is what every completion holds', () => {
  it.each([
    ['empty configuration: everything selectable, nothing implied', [], [], all, []],
    ['one option of a deep chain excluded: still selectable', ['c3'], [], except('c3', 'c1'), []],
    ['every option of a deep chain excluded: a1 and a2 blocked, however deep', ['c3', 'b1'], [], except('c3', 'b1', 'c1', 'c2', 'a1', 'a2', 'b2', 'b3'), []],
    ['single options are implied along the chain', ['a1'], [], except('a1'), ['a2']],
    ['a disjunction is implied once the other option is excluded', ['a1', 'c3'], [], except('a1', 'c3', 'c1', 'b1'), ['a2', 'c2']],
    ['drawer "one": the other modules of the drawer are blocked', ['b2'], [], except('b2', 'b1', 'b3'), ['a4']],
    ['a demanded qualification blocks the modules lacking it, and what requires them', [], ['q1'], except('a4', 'b3', 'a3', 'b2'), []],
    ['no valid completion: nothing selectable, nothing implied', ['c3', 'b1', 'a1'], [], [], []],
  ] as const)('%s', (_name, items, requirements, selectable, implied) => {
    const evaluation = evaluateConfiguration(chains, configurationOf(chains, [...items], [...requirements]));
    expect({ selectable: evaluation.selectable, implied: evaluation.implied }).toEqual({ selectable, implied });
  });
});

describe('on the default catalog', () => {
  const catalog = defaultCatalog();
  it.each([
    ['WALLIX Bastion under SecNumCloud implies Outscale VMs (Clever Cloud lacks the qualification)', ['wallix-bastion'], ['secnumcloud'], ['outscale-vm']],
    ['backup implies storage and VMs through two requires', ['outscale-backup'], [], ['outscale-vm', 'outscale-storage']],
    ['Bastion alone implies nothing: two options remain', ['wallix-bastion'], [], []],
  ] as const)('%s', (_name, items, requirements, implied) => {
    expect(evaluateConfiguration(catalog, configurationOf(catalog, [...items], [...requirements])).implied).toEqual(implied);
  });

  it('Business Mail blocks Essential Mail (one mailbox offer) and Alinto Protect', () => {
    const { selectable } = evaluateConfiguration(catalog, configurationOf(catalog, ['alinto-mail-business']));
    expect(catalog.modules.map((m) => m.id).filter((id) => id !== 'alinto-mail-business' && !selectable.includes(id))).toEqual(['alinto-mail-essential', 'alinto-protect']);
  });
});
