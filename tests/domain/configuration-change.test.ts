import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { compareConfigurations, type ConfigurationSide } from '../../src/domain/configuration-change';
import { emptyConfiguration } from '../../src/domain/empty-configuration';
import { evaluateConfiguration } from '../../src/domain/engine/evaluate';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const empty = emptyConfiguration(catalog);

function side(edit: Partial<Configuration>, addedAutomatically: ConfigurationSide['addedAutomatically'] = {}): ConfigurationSide {
  const configuration = { ...empty, ...edit };
  return { configuration, addedAutomatically, evaluation: evaluateConfiguration(catalog, configuration) };
}

const mail = { module: 'alinto-mail-essential', quantity: 25 };
const mfa = { module: 'wallix-authenticator', quantity: 25 };
const sso = { module: 'wallix-trustelem', quantity: 25 };

describe('comparing two configurations says what one change did', () => {
  it('a module added by the buyer and one added with it are told apart, in catalog order', () => {
    const change = compareConfigurations(catalog, side({ items: [mail] }), side({ items: [mail, sso, mfa] }, { 'wallix-trustelem': { modules: ['wallix-authenticator'], qualifications: [] } }));
    expect(change).toMatchObject({ added: ['wallix-authenticator'], addedAutomatically: ['wallix-trustelem'], removed: [], quantities: [] });
  });

  it('a removed module, a new quantity, a new term and a new discount are each reported', () => {
    const change = compareConfigurations(catalog, side({ items: [mail, mfa] }), side({ items: [{ ...mail, quantity: 30 }], termMonths: 36, salesDiscountBp: 1250 }));
    expect(change).toMatchObject({ removed: ['wallix-authenticator'], quantities: [{ module: 'alinto-mail-essential', quantity: 30 }], termMonths: 36, salesDiscountBp: 1250 });
  });

  it('a module removed with the one it was added for is told apart from one the buyer removed, whatever it was added for', () => {
    const vm = { module: 'outscale-vm', quantity: 2 };
    const storage = { module: 'outscale-storage', quantity: 100 };
    const backup = { module: 'outscale-backup', quantity: 125 };
    const why = { modules: ['outscale-backup'], qualifications: [] };
    const before = side({ items: [backup, vm, storage] }, { 'outscale-vm': why, 'outscale-storage': why });
    expect(compareConfigurations(catalog, before, side({ items: [] }))).toMatchObject({ removed: ['outscale-backup'], removedAutomatically: ['outscale-vm', 'outscale-storage'] });
    expect(compareConfigurations(catalog, before, side({ items: [backup, storage] }))).toMatchObject({ removed: ['outscale-vm'], removedAutomatically: [] });
    // Added for a demand the change waived.
    const bastion = { module: 'wallix-bastion', quantity: 5 };
    const demanded = side({ items: [bastion, vm], requirements: ['secnumcloud'] }, { 'outscale-vm': { modules: [], qualifications: ['secnumcloud'] } });
    expect(compareConfigurations(catalog, demanded, side({ items: [bastion] }))).toMatchObject({ removed: [], removedAutomatically: ['outscale-vm'] });
  });

  it('what did not change is empty or null', () => {
    expect(compareConfigurations(catalog, side({ items: [mail] }), side({ items: [mail] }))).toEqual({
      added: [], addedAutomatically: [], removed: [], removedAutomatically: [], quantities: [], termMonths: null, salesDiscountBp: null,
      demanded: [], waived: [], ruledOut: 0, availableAgain: 0, orderableAgain: false,
    });
  });

  it.each([
    ['secnumcloud', 4],
    ['hds', 1],
    ['cspn', 3],
  ])('demanding %s rules out %i modules of the default catalog; waiving it opens them again', (qualification, count) => {
    const demanded = compareConfigurations(catalog, side({}), side({ requirements: [qualification] }));
    expect(demanded).toMatchObject({ demanded: [qualification], waived: [], ruledOut: count, availableAgain: 0 });
    const waived = compareConfigurations(catalog, side({ requirements: [qualification] }), side({}));
    expect(waived).toMatchObject({ demanded: [], waived: [qualification], ruledOut: 0, availableAgain: count });
  });

  it('a chosen module is not counted as ruled out, even one the demand rules out (its card stays selected)', () => {
    const vm = { module: 'outscale-vm', quantity: 2 };
    expect(compareConfigurations(catalog, side({ items: [vm] }), side({ items: [vm], requirements: ['hds'] })).ruledOut).toBe(1);
    // Datakeen lacks HDS: no completion is left, so the page shows the 20 other cards blocked, and says so.
    const documents = { module: 'datakeen-documents', quantity: 5 };
    expect(compareConfigurations(catalog, side({ items: [documents] }), side({ items: [documents], requirements: ['hds'] })).ruledOut).toBe(20);
  });

  it('a change that ends every violation makes the configuration orderable again, and only then', () => {
    const broken = side({ items: [mfa] });
    expect(broken.evaluation.valid).toBe(false);
    expect(compareConfigurations(catalog, broken, side({ items: [mfa, sso] })).orderableAgain).toBe(true);
    expect(compareConfigurations(catalog, side({ items: [mfa, sso] }), side({ items: [mfa, sso, mail] })).orderableAgain).toBe(false);
    expect(compareConfigurations(catalog, broken, side({ items: [mfa, mail] })).orderableAgain).toBe(false);
  });
});
