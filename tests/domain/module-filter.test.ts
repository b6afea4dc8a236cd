import { describe, expect, it } from 'vitest';
import { filterModules, noFilter } from '../../src/domain/module-filter';
import { defaultCatalog } from '../fixtures/catalogs';

const ids = (filter: Partial<typeof noFilter>) => filterModules(defaultCatalog(), { ...noFilter, ...filter }).map((m) => m.id);

describe('filtering the catalog', () => {
  it('keeps every module when nothing is asked', () => {
    expect(ids({})).toHaveLength(defaultCatalog().modules.length);
  });
  it.each([
    [{ drawer: 'mail' }, ['alinto-mail-essential', 'alinto-mail-business']],
    [{ vendor: 'glowbl' }, ['glowbl-meetings', 'glowbl-events']],
    [{ qualification: 'cspn' }, ['wallix-bastion']],
    [{ text: 'sauvegarde' }, ['clever-cloud-postgresql', 'outscale-backup']],
    [{ text: 'BACKUP' }, ['clever-cloud-postgresql', 'outscale-backup']],
    [{ text: 'securite' }, []],
    [{ text: 'wallix mfa' }, ['wallix-authenticator']],
    [{ text: 'outscale', qualification: 'secnumcloud', drawer: 'iaas' }, ['outscale-vm', 'outscale-storage', 'outscale-backup', 'outscale-private-network']],
    [{ text: 'zzz' }, []],
  ])('%j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
  it('ignores accents and case', () => {
    expect(ids({ text: 'equipe' })).toEqual(['cryptpad-team']);
  });
});
