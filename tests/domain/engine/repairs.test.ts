import { describe, expect, it } from 'vitest';
import { completeImplied } from '../../../src/domain/engine/complete-implied';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { repairConfiguration } from '../../../src/domain/engine/repairs';
import defaultCatalogJson from '../../../public/catalogs/2026-11.json';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../../fixtures/catalogs';
import { configurationOf, engineCatalog, excludes, quantity, requires } from './engine-fixtures';

const standard = defaultCatalog();

describe('repairs: up to three ways out of a violated configuration, best first', () => {
  it.each([
    ['a valid configuration needs none', [['outscale-vm', 2]], [], []],
    ['conflict: the most recent decision is dropped first', [['alinto-mail-business', 25], ['alinto-protect', 25]], [],
      [[{ kind: 'remove', module: 'alinto-protect' }], [{ kind: 'remove', module: 'alinto-mail-business' }, { kind: 'add', module: 'alinto-mail-essential' }]]],
    ['unmet requires: one repair per option, then removal', [['wallix-bastion', 10]], [],
      [[{ kind: 'add', module: 'outscale-vm' }], [{ kind: 'add', module: 'clever-cloud-app' }], [{ kind: 'remove', module: 'wallix-bastion' }]]],
    ['an added option brings what it requires in turn', [['outscale-backup', 125]], [],
      [[{ kind: 'add', module: 'outscale-vm' }, { kind: 'add', module: 'outscale-storage' }], [{ kind: 'remove', module: 'outscale-backup' }]]],
    ['a demanded qualification may be the decision to drop', [['clever-cloud-app', 2], ['outscale-vm', 2]], ['secnumcloud'],
      [[{ kind: 'remove', module: 'clever-cloud-app' }], [{ kind: 'drop-requirement', qualification: 'secnumcloud' }]]],
    ['quantity: the nearest quantity on the module’s step (backup ≥ 1.25 × 100 GiB), then the storage moved instead (the backup kept)', [['outscale-vm', 2], ['outscale-storage', 100], ['outscale-backup', 100]], [],
      [[{ kind: 'set-quantity', module: 'outscale-backup', quantity: 125, rule: 'backup-covers-storage' }], [{ kind: 'set-quantity', module: 'outscale-storage', quantity: 80, rule: 'backup-covers-storage' }]]],
    ['quantity: rounded up to the step (1.25 × 110 = 137.5 → 140 on steps of 5)', [['outscale-vm', 2], ['outscale-storage', 110], ['outscale-backup', 100]], [],
      [[{ kind: 'set-quantity', module: 'outscale-backup', quantity: 140, rule: 'backup-covers-storage' }], [{ kind: 'set-quantity', module: 'outscale-storage', quantity: 80, rule: 'backup-covers-storage' }]]],
    ['quantity: lowered to the maximum the rule allows, or the SSO raised to the MFA licences (the buyer’s 40 kept)', [['wallix-trustelem', 25], ['wallix-authenticator', 40]], [],
      [[{ kind: 'set-quantity', module: 'wallix-authenticator', quantity: 25, rule: 'mfa-within-sso' }], [{ kind: 'set-quantity', module: 'wallix-trustelem', quantity: 40, rule: 'mfa-within-sso' }]]],
    ['quantity, two rules: SSO raised to 90 alone meets both « MFA ≤ SSO » and « SSO ≥ mailboxes » (QA: it was never offered)', [['wallix-trustelem', 25], ['wallix-authenticator', 90], ['alinto-mail-business', 50]], [],
      [[{ kind: 'set-quantity', module: 'wallix-authenticator', quantity: 25, rule: 'mfa-within-sso' }, { kind: 'set-quantity', module: 'wallix-trustelem', quantity: 50, rule: 'sso-covers-mailboxes' }],
        [{ kind: 'set-quantity', module: 'wallix-trustelem', quantity: 90, rule: 'mfa-within-sso' }],
        [{ kind: 'set-quantity', module: 'alinto-mail-business', quantity: 25, rule: 'sso-covers-mailboxes' }, { kind: 'set-quantity', module: 'wallix-authenticator', quantity: 25, rule: 'mfa-within-sso' }]]],
  ] as const)('%s', (_name, items, requirements, expected) => {
    const configuration = configurationOf(standard, items.map(([m, q]) => [m, q] as [string, number]), [...requirements]);
    expect(repairConfiguration(standard, configuration).map((r) => r.actions)).toEqual(expected);
  });

  it('every repair leads to a valid configuration', () => {
    const configuration = configurationOf(standard, [['alinto-mail-business', 25], ['alinto-protect', 25], ['wallix-bastion', 10], ['wallix-authenticator', 30]], ['secnumcloud']);
    const repairs = repairConfiguration(standard, configuration);
    expect(repairs.length).toBeGreaterThan(0);
    for (const repair of repairs) expect(evaluateConfiguration(standard, repair.configuration).violations).toEqual([]);
  });

  it('a diagnosis as small as the others is found even when keeping one member at a time only finds those again', () => {
    // CSPN rules out Protect, Authenticator and Trustelem; Protect needs Essentielle, which Business excludes.
    // Keeping Protect, Authenticator or Trustelem alone gives « drop CSPN and Business » each time; keeping
    // Authenticator and Business gives « drop CSPN and Protect », as small, which was missing.
    const configuration = configurationOf(standard, [['alinto-protect', 25], ['cryptpad-team', 25], ['outscale-backup', 125], ['outscale-vm', 2],
      ['outscale-storage', 100], ['wallix-bastion', 10], ['wallix-authenticator', 25], ['wallix-trustelem', 25], ['alinto-mail-business', 25]], ['cspn']);
    const repairs = repairConfiguration(standard, configuration);
    expect(repairs.map((r) => r.actions)).toEqual([
      [{ kind: 'remove', module: 'alinto-mail-business' }, { kind: 'drop-requirement', qualification: 'cspn' }, { kind: 'add', module: 'alinto-mail-essential' }],
      [{ kind: 'remove', module: 'alinto-protect' }, { kind: 'drop-requirement', qualification: 'cspn' }],
      [{ kind: 'remove', module: 'alinto-protect' }, { kind: 'remove', module: 'wallix-authenticator' }, { kind: 'remove', module: 'wallix-trustelem' }],
    ]);
    for (const repair of repairs) expect(evaluateConfiguration(standard, repair.configuration).violations).toEqual([]);
  });

  it('waiving the demanded qualifications is offered first when it is the smallest repair, though no module breaks them both', () => {
    // q1 rules out a1…a12, q2 rules out c1 and c2. Keeping one module at a time finds « drop q2 and a1…a12 » and
    // « drop q1, c1 and c2 »; « drop q1 and q2 » needs two modules kept, which the budget of runs never reached.
    const text = (s: string) => ({ fr: s, en: s });
    const ids = [...Array.from({ length: 12 }, (_, i) => `a${i + 1}`), 'c1', 'c2'];
    const catalog = validCatalog(aCatalogInput(ids.map((id) => aModule(id, { drawer: id[0] ?? 'a', qualifications: [] })), [], {
      qualifications: [
        { id: 'q1', name: text('Q1'), description: text('Q1'), appliesTo: ['a'] },
        { id: 'q2', name: text('Q2'), description: text('Q2'), appliesTo: ['c'] },
      ],
    }));
    const repairs = repairConfiguration(catalog, configurationOf(catalog, ids, ['q1', 'q2']));
    expect(repairs[0]?.actions).toEqual([{ kind: 'drop-requirement', qualification: 'q1' }, { kind: 'drop-requirement', qualification: 'q2' }]);
    for (const repair of repairs) expect(evaluateConfiguration(catalog, repair.configuration).violations).toEqual([]);
  });

  it('removing instead of adding drops the module whose requirement is unmet and what needed it, nothing else', () => {
    // a1 needs c1 (not chosen); a3 needs a2 (chosen last). Halving the candidates would drop a2 first,
    // which unmeets a3, and so drop a3 too although it could stay.
    const catalog = engineCatalog([requires('a1-c1', 'a1', ['c1']), requires('a3-a2', 'a3', ['a2'])]);
    const repairs = repairConfiguration(catalog, configurationOf(catalog, ['a1', 'a3', 'a2']));
    expect(repairs.map((r) => r.actions)).toEqual([[{ kind: 'add', module: 'c1' }], [{ kind: 'remove', module: 'a1' }]]);
  });

  it('diagnoses are minimal: a larger removal that contains a smaller one is not offered', () => {
    const catalog = engineCatalog([excludes('x', ['a1', 'a2']), excludes('y', ['a2', 'a3'])]);
    const repairs = repairConfiguration(catalog, configurationOf(catalog, ['a1', 'a3', 'a2']));
    expect(repairs.map((r) => r.actions)).toEqual([[{ kind: 'remove', module: 'a2' }], [{ kind: 'remove', module: 'a1' }, { kind: 'remove', module: 'a3' }]]);
  });
});

describe('a quantity rule no quantity of its module can meet', () => {
  it('offers no empty « repair »: SSO sold up to 10 000 users cannot cover 10 001 mailboxes', () => {
    const json = structuredClone(defaultCatalogJson) as { modules: { id: string; quantity: { max: number } }[] };
    const sso = json.modules.find((m) => m.id === 'wallix-trustelem');
    if (sso) sso.quantity.max = 10_000;
    const catalog = validCatalog(json);
    const configuration = configurationOf(catalog, [['wallix-trustelem', 25], ['alinto-mail-essential', 10_001]], []);
    expect(evaluateConfiguration(catalog, configuration).violations.map((v) => v.rule)).toEqual(['sso-covers-mailboxes']);
    expect(repairConfiguration(catalog, configuration).every((r) => r.actions.length > 0)).toBe(true);
  });
});

describe('auto-completion adds the implied modules, each tagged with why', () => {
  it.each([
    ['a chain of single options', ['outscale-backup'], [], ['outscale-vm', 'outscale-storage']],
    ['a choice left open adds nothing', ['wallix-bastion'], [], []],
    ['the qualification closes the choice', ['wallix-bastion'], ['secnumcloud'], ['outscale-vm']],
  ] as const)('%s', (_name, items, requirements, added) => {
    const configuration = configurationOf(standard, [...items], [...requirements]);
    const result = completeImplied(standard, configuration);
    expect(result.added.map((a) => a.module)).toEqual(added);
    expect(result.configuration.items.map((i) => i.module)).toEqual([...items, ...added]);
    expect(evaluateConfiguration(standard, result.configuration).implied).toEqual([]);
  });

  it('each addition carries its explanation and the module’s default quantity', () => {
    const { added } = completeImplied(standard, configurationOf(standard, ['wallix-authenticator']));
    expect(added).toEqual([{ module: 'wallix-trustelem', quantity: 25, because: { kind: 'implied', module: 'wallix-trustelem', modules: ['wallix-authenticator'], qualifications: [], rules: ['mfa-needs-sso'] } }]);
  });

  it('a requires whose only option is forbidden implies nothing but blocks the module', () => {
    const catalog = engineCatalog([requires('a1-b3', 'a1', ['b3']), quantity('q', 'c3', ['a1'], 1)]);
    expect(completeImplied(catalog, configurationOf(catalog, [], ['q1'])).added).toEqual([]);
    expect(evaluateConfiguration(catalog, configurationOf(catalog, [], ['q1'])).selectable).not.toContain('a1');
  });
});
