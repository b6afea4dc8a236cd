import { describe, expect, it } from 'vitest';
import { describeAddition, describeBrokenRules, describeExplanation } from '../../../src/domain/engine/describe-explanation';
import { explainConflict } from '../../../src/domain/engine/conflict-explanation';
import { explainConfiguration, explainModule } from '../../../src/domain/engine/explanation';
import { defaultCatalog } from '../../fixtures/catalogs';
import { configurationOf, engineCatalog, excludes, requires } from './engine-fixtures';

const catalog = engineCatalog([
  requires('a1-a2', 'a1', ['a2']),
  requires('a2-c', 'a2', ['c1', 'c2']),
  excludes('c3-c1', ['c3', 'c1']),
  excludes('b1-c2', ['b1', 'c2']),
  requires('a3-dead', 'a3', ['a4']),
  excludes('a3-a4', ['a3', 'a4']),
]);

describe('a blocked module is explained by a minimal set of the buyer’s decisions and the rules linking them', () => {
  it.each([
    ['excludes', ['c3'], [], 'c1', { kind: 'blocked', modules: ['c3'], qualifications: [], rules: ['c3-c1'] }],
    ['drawer "one"', ['b2'], [], 'b1', { kind: 'blocked', modules: ['b2'], qualifications: [], rules: ['drawer:b'] }],
    ['demanded qualification', [], ['q1'], 'b3', { kind: 'blocked', modules: [], qualifications: ['q1'], rules: ['qualification:q1'] }],
    ['a chain whose every option is excluded, other decisions left out', ['c3', 'b1', 'a4'], [], 'a1',
      { kind: 'blocked', modules: ['b1', 'c3'], qualifications: [], rules: ['a1-a2', 'a2-c', 'c3-c1', 'b1-c2'] }],
    ['a module the catalog never allows: no decision at all', [], [], 'a3', { kind: 'blocked', modules: [], qualifications: [], rules: ['a3-dead', 'a3-a4'] }],
  ] as const)('%s', (_name, items, requirements, module, expected) => {
    expect(explainModule(catalog, configurationOf(catalog, [...items], [...requirements]), module)).toEqual({ module, ...expected });
  });
});

describe('an implied module is explained by the decisions and rules that force it', () => {
  it.each([
    ['one option', ['a1'], 'a2', { kind: 'implied', modules: ['a1'], qualifications: [], rules: ['a1-a2'] }],
    ['the last option left', ['a2', 'c3'], 'c2', { kind: 'implied', modules: ['a2', 'c3'], qualifications: [], rules: ['a2-c', 'c3-c1'] }],
  ] as const)('%s', (_name, items, module, expected) => {
    expect(explainModule(catalog, configurationOf(catalog, [...items]), module)).toEqual({ module, ...expected });
  });
});

describe('a configuration with no valid completion explains every other module by a minimal conflict', () => {
  it('names one minimal conflict once for all ({b1, c2} is another; later modules in the catalog are dropped first)', () => {
    const { blocked, implied } = explainConfiguration(catalog, configurationOf(catalog, ['c3', 'a2', 'b1', 'c2']));
    expect(implied).toEqual([]);
    expect(blocked.map((e) => e.module)).toEqual(['a1', 'a3', 'a4', 'b2', 'b3', 'c1']);
    expect(blocked[0]).toEqual({ kind: 'conflict', module: 'a1', modules: ['a2', 'b1', 'c3'], qualifications: [], rules: ['a2-c', 'c3-c1', 'b1-c2'] });
  });

  it('said more fully after the click: both conflicts’ choices for the sentence, the one choice that frees a1 alone for its buttons', () => {
    // Without b1 both conflicts are gone and a1 only needs a2; without any other, {b1, c2} or {a2, b1, c3} remains.
    const a1 = explainConflict(catalog, configurationOf(catalog, ['c3', 'a2', 'b1', 'c2']))?.find((e) => e.module === 'a1');
    expect(a1).toMatchObject({ kind: 'conflict', modules: ['a2', 'b1', 'c3'] });
    expect(a1?.inConflict).toEqual({ modules: ['a2', 'b1', 'c2', 'c3'], qualifications: [], rules: ['a2-c', 'c3-c1', 'b1-c2'] });
    expect(a1?.freedBy).toEqual({ modules: ['b1'], qualifications: [] });
    expect(explainConflict(catalog, configurationOf(catalog, ['a1']))).toBeNull();
  });

  it('a module the other decisions rule out on their own gives that reason, not the conflict (the conflict’s modules left out)', () => {
    // {a2, b1, c3} and {b1, c2} are the conflicts; c3, then c2, the latest in the catalog, are left out. With a2 and b1
    // alone, b1 still takes the one place of b's drawer: b2 says so. c1 is only blocked by the conflict.
    const blocked = explainConflict(catalog, configurationOf(catalog, ['c3', 'a2', 'b1', 'c2'])) ?? [];
    expect(blocked.find((e) => e.module === 'c1')?.kind).toBe('conflict');
    expect(blocked.find((e) => e.module === 'b2')).toEqual({ kind: 'blocked', module: 'b2', modules: ['b1'], qualifications: [], rules: ['drawer:b'], freedBy: { modules: ['b1'], qualifications: [] } });
  });

  it('on the default catalog, SecNumCloud demanded with PaaS chosen: Cellar is ruled out by SecNumCloud itself, Glowbl only by the conflict', () => {
    const standard = defaultCatalog();
    const items = ['alinto-mail-essential', 'cryptpad-team', 'outscale-backup', 'wallix-bastion', 'clever-cloud-app', 'datakeen-documents'];
    const blocked = explainConflict(standard, configurationOf(standard, items, ['secnumcloud'])) ?? [];
    const cellar = blocked.find((e) => e.module === 'clever-cloud-cellar');
    expect(cellar).toMatchObject({ kind: 'blocked', modules: [], qualifications: ['secnumcloud'], rules: ['qualification:secnumcloud'] });
    expect(describeExplanation(standard, cellar!, 'fr')).toContain('vous exigez la qualification SecNumCloud');
    expect(cellar?.freedBy).toEqual({ modules: [], qualifications: ['secnumcloud'] });
    const glowbl = blocked.find((e) => e.module === 'glowbl-meetings');
    expect(glowbl?.kind).toBe('conflict');
    // Clever Cloud Applications and Datakeen both lack SecNumCloud: removing either alone frees nothing, waiving SecNumCloud does.
    expect(glowbl?.inConflict).toMatchObject({ modules: ['clever-cloud-app', 'datakeen-documents'], qualifications: ['secnumcloud'] });
    expect(glowbl?.freedBy).toEqual({ modules: [], qualifications: ['secnumcloud'] });
  });

  it('a demanded qualification’s rule comes before the catalog’s, so a sentence cut to its first rules keeps it', () => {
    const standard = defaultCatalog();
    const vm = explainModule(standard, configurationOf(standard, ['wallix-bastion'], ['secnumcloud']), 'outscale-vm');
    expect(vm?.rules).toEqual(['qualification:secnumcloud', 'bastion-needs-servers']);
  });

  it('a card whose own reason no single choice can lift while the conflict lasts offers no button (QA: « Retirer CryptPad Équipe » left it blocked)', () => {
    const standard = defaultCatalog();
    const blocked = explainConflict(standard, configurationOf(standard, ['cryptpad-team', 'clever-cloud-app', 'datakeen-documents'], ['secnumcloud'])) ?? [];
    const enterprise = blocked.find((e) => e.module === 'cryptpad-enterprise');
    expect(enterprise).toMatchObject({ kind: 'blocked', modules: ['cryptpad-team'] });
    expect(enterprise?.freedBy).toEqual({ modules: [], qualifications: [] });
  });

  it('a selectable, not implied module has no explanation', () => {
    expect(explainModule(catalog, configurationOf(catalog, ['a1']), 'c3')).toBeNull();
  });
});

describe('explanations read as sentences, with the rule’s own message when the catalog gives one', () => {
  const standard = defaultCatalog();
  it.each([
    ['fr', ['alinto-mail-business'], [], 'alinto-protect',
      'Indisponible\u00A0: vous avez choisi Alinto Messagerie Business. Alinto Protect filtre la messagerie Essentielle\u202F; la formule Business l’inclut déjà. Le tiroir «\u00A0Messagerie\u00A0» n’accepte qu’un module.'],
    ['en', ['alinto-mail-business'], [], 'alinto-mail-essential',
      'Unavailable: you chose Alinto Business Mail. The “Email” drawer takes one module only.'],
    ['fr', [], ['secnumcloud'], 'clever-cloud-app',
      'Indisponible\u00A0: vous exigez la qualification SecNumCloud. La qualification SecNumCloud écarte les modules qui ne l’ont pas.'],
    ['en', ['wallix-authenticator'], [], 'wallix-trustelem',
      'Required: you chose WALLIX Authenticator (MFA). WALLIX Authenticator (MFA) requires WALLIX Trustelem (single sign-on).'],
  ] as const)('%s: %s → %s', (lang, items, requirements, module, text) => {
    const explanation = explainModule(standard, configurationOf(standard, [...items], [...requirements]), module);
    expect(explanation && describeExplanation(standard, explanation, lang)).toBe(text);
  });

  it.each([
    ['fr', 'Requis\u00A0: vous avez choisi Outscale Sauvegarde. Outscale Sauvegarde nécessite Outscale Stockage bloc.'],
    ['en', 'Required: you chose Outscale Backup. Outscale Backup requires Outscale Block Storage.'],
  ] as const)('%s: a rule without message is said by its generated sentence alone, never by its id', (lang, text) => {
    const explanation = explainModule(standard, configurationOf(standard, ['outscale-backup']), 'outscale-storage');
    expect(explanation?.rules).toContain('backup-needs-storage');
    expect(explanation && describeExplanation(standard, explanation, lang)).toBe(text);
  });

  it.each([
    ['fr', 'Ajouté d’office\u00A0: vous avez choisi Outscale Sauvegarde. Outscale Sauvegarde nécessite Outscale Stockage bloc.'],
    ['en', 'Added automatically: you chose Outscale Backup. Outscale Backup requires Outscale Block Storage.'],
  ] as const)('%s: the same explanation, as the reason a module was added on its own', (lang, text) => {
    const explanation = explainModule(standard, configurationOf(standard, ['outscale-backup']), 'outscale-storage');
    expect(explanation && describeAddition(standard, explanation, lang)).toBe(text);
  });

  it.each([
    ['fr', 'Indisponible\u00A0: vous avez choisi X et Y, et exigez la qualification Q1. X exclut Y.'],
    ['en', 'Unavailable: you chose X and Y, and demand the Q1 qualification. X excludes Y.'],
  ] as const)('%s: decisions of both kinds, generated rule text', (lang, text) => {
    const named = engineCatalog([excludes('r', ['a1', 'a2'])]);
    const renamed = { ...named, modules: named.modules.map((m) => ({ ...m, name: { fr: m.id === 'a1' ? 'X' : 'Y', en: m.id === 'a1' ? 'X' : 'Y' } })) };
    const sentence = describeExplanation(renamed, { kind: 'blocked', module: 'a2', modules: ['a1', 'a3'], qualifications: ['q1'], rules: ['r'] }, lang);
    expect(sentence).toBe(text);
  });

  describe('a long list is cut to its first 3 and counted (QA: 25 cards of a large bundle in conflict each named 25 modules and 11 rules, 2 203 characters read whole at their checkbox)', () => {
    const catalog = engineCatalog(['a2', 'a3', 'a4', 'b1', 'b2', 'b3'].map((other) => excludes(`a1-${other}`, ['a1', other])));
    const conflict = (modules: string[], rules: string[]) => ({ kind: 'conflict' as const, module: 'c1', modules, qualifications: ['q1'], rules });

    it.each([
      ['fr', 'Indisponible tant que votre configuration est en conflit\u00A0: vous avez choisi Module a1, Module a2, Module a3 et 2\u00A0autres modules, et exigez la qualification Q1. La qualification Q1 écarte les modules qui ne l’ont pas. Module a1 exclut Module a2. Module a1 exclut Module a3. Et 3\u00A0autres règles.'],
      ['en', 'Unavailable while your configuration is in conflict: you chose Module a1, Module a2, Module a3 and 2 other modules, and demand the Q1 qualification. Q1 rules out the modules that lack it. Module a1 excludes Module a2. Module a1 excludes Module a3. And 3 other rules.'],
    ] as const)('%s: 5 modules and 6 rules', (lang, text) => {
      const rules = ['qualification:q1', 'a1-a2', 'a1-a3', 'a1-a4', 'a1-b1', 'a1-b2'];
      expect(describeExplanation(catalog, conflict(['a1', 'a2', 'a3', 'a4', 'b1'], rules), lang)).toBe(text);
    });

    it('4 names and 4 rule sentences are said whole, in the rules’ order', () => {
      const sentence = describeExplanation(catalog, conflict(['a1', 'a2', 'a3', 'a4'], ['a1-a2', 'a1-a3', 'a1-a4', 'a1-b1']), 'en');
      expect(sentence).toBe('Unavailable while your configuration is in conflict: you chose Module a1, Module a2, Module a3 and Module a4, and demand the Q1 qualification. Module a1 excludes Module a2. Module a1 excludes Module a3. Module a1 excludes Module a4. Module a1 excludes Module b1.');
    });

    it('what a selected module breaks is cut the same way', () => {
      expect(describeBrokenRules(catalog, ['a1-a2', 'a1-a3', 'a1-a4', 'a1-b1', 'a1-b2'], 'en')).toBe('Cannot be ordered as it stands. Module a1 excludes Module a2. Module a1 excludes Module a3. Module a1 excludes Module a4. And 2 other rules.');
    });
  });

  it('rules that share one message are said once (QA: a large catalog’s card said « Ce module a besoin d’un socle technique » twice)', () => {
    const said = { fr: 'Ce module a besoin d’un socle technique.', en: 'This module needs a technical base.' };
    const catalog = engineCatalog([{ ...excludes('r1', ['a1', 'a2']), message: said }, { ...excludes('r2', ['a3', 'a2']), message: said }]);
    const explanation = { kind: 'blocked' as const, module: 'a2', modules: ['a1', 'a3'], qualifications: [], rules: ['r1', 'r2'] };
    expect(describeExplanation(catalog, explanation, 'en')).toBe('Unavailable: you chose Module a1 and Module a3. This module needs a technical base.');
    expect(describeBrokenRules(catalog, ['r1', 'r2'], 'en')).toBe('Cannot be ordered as it stands. This module needs a technical base.');
  });
});
