import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../../src/domain/configuration';
import { emptyConfiguration } from '../../../src/domain/empty-configuration';
import { inferredAdditions } from '../../../src/domain/engine/inferred-additions';
import { defaultCatalog } from '../../fixtures/catalogs';

const catalog = defaultCatalog();
const configuration = (...items: [string, number][]): Configuration =>
  ({ ...emptyConfiguration(catalog), items: items.map(([module, quantity]) => ({ module, quantity })) });

describe('the « Ajouté d’office » notes of a configuration that came without them (a link, an import)', () => {
  it('are the modules at their default quantity that the rest implies, each with why', () => {
    const notes = inferredAdditions(catalog, configuration(['outscale-backup', 125], ['outscale-vm', 2], ['outscale-storage', 100]));
    expect(Object.keys(notes).sort()).toEqual(['outscale-storage', 'outscale-vm']);
    expect(notes['outscale-storage']).toMatchObject({ kind: 'implied', module: 'outscale-storage', modules: ['outscale-backup'], rules: ['backup-needs-storage'] });
    // As ticking says it: the choice, not the volumes, themselves an addition (QA).
    expect(notes['outscale-vm']).toMatchObject({ kind: 'implied', module: 'outscale-vm', modules: ['outscale-backup'] });
  });

  it('leave out a module at another quantity, one option among several (Bastion runs on a server or on Apps), and all of a configuration in conflict', () => {
    expect(inferredAdditions(catalog, configuration(['outscale-backup', 125], ['outscale-vm', 4], ['outscale-storage', 100]))).not.toHaveProperty('outscale-vm');
    expect(inferredAdditions(catalog, configuration(['wallix-bastion', 5], ['outscale-vm', 2]))).toEqual({});
    const twoMailOffers = configuration(['alinto-mail-essential', 25], ['alinto-mail-business', 25], ['outscale-backup', 125], ['outscale-vm', 2], ['outscale-storage', 100]);
    expect(inferredAdditions(catalog, twoMailOffers)).toEqual({});
  });
});
