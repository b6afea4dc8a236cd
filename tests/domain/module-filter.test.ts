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
    [{ text: 'wallix mfa' }, ['wallix-authenticator']],
    [{ text: 'outscale', qualification: 'secnumcloud', drawer: 'iaas' }, ['outscale-vm', 'outscale-storage', 'outscale-backup', 'outscale-private-network']],
    [{ text: 'zzz' }, []],
  ])('%j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
  it('ignores accents and case', () => {
    expect(ids({ text: 'equipe' })).toEqual(['cryptpad-team']);
  });

  const security = ['alinto-protect', 'wallix-bastion', 'wallix-trustelem', 'wallix-authenticator'];
  const outscale = ['outscale-vm', 'outscale-storage', 'outscale-backup', 'outscale-private-network'];
  it.each([
    ['securite', security],
    ['Sécurité', security],
    ['SECURITY', security],
    ['paas', ['clever-cloud-app', 'clever-cloud-postgresql', 'clever-cloud-cellar', 'datakeen-documents']],
    ['iaas', outscale],
    ['email', ['alinto-mail-essential', 'alinto-mail-business', 'alinto-protect']],
  ])('finds the modules of a drawer by its name in either language: %s', (text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });

  const iso = ['alinto-mail-essential', 'alinto-mail-business', 'jamespot-intranet', 'jamespot-intranet-secnum', 'clever-cloud-app', 'clever-cloud-postgresql', 'clever-cloud-cellar', ...outscale, 'alinto-protect'];
  it.each([
    ['hds', ['clever-cloud-app', 'clever-cloud-postgresql', 'clever-cloud-cellar', ...outscale]],
    ['cspn', ['wallix-bastion']],
    ['iso 27001', iso],
    ['iso27001', iso],
    // The SecNumCloud hosting of Jamespot by its name, the four Outscale cards by their badge.
    ['secnumcloud', ['jamespot-intranet-secnum', ...outscale]],
  ])('finds the modules that hold a qualification by its name or id: %s', (text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });
});
