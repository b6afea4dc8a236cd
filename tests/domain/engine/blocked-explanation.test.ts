import { describe, expect, it } from 'vitest';
import { explainBlocked } from '../../../src/domain/engine/blocked-explanation';
import { explainConflict } from '../../../src/domain/engine/conflict-explanation';
import { describeExplanation } from '../../../src/domain/engine/describe-explanation';
import { explainModule } from '../../../src/domain/engine/explanation';
import { fullerReasons } from '../../../src/domain/engine/fuller-reasons';
import { defaultCatalog } from '../../fixtures/catalogs';
import { configurationOf, engineCatalog, excludes, requires } from './engine-fixtures';

// b2 is held by b1 (b's one place) and by a2 (which needs b1); a1 needs c1 or c2, b1 shuts c1 out, a3 and a4 each c2.
const catalog = engineCatalog([
  requires('a2-b1', 'a2', ['b1']),
  requires('a1-c', 'a1', ['c1', 'c2']),
  excludes('b1-c1', ['b1', 'c1']),
  excludes('a3-c2', ['a3', 'c2']),
  excludes('a4-c2', ['a4', 'c2']),
]);
const blockedIn = (items: string[], requirements: string[] = []) => explainBlocked(catalog, configurationOf(catalog, items, requirements));

describe('a blocked module that one choice of its reason does not free is said more fully after the click', () => {
  it('held by two reasons of one choice each: both choices, to take back together, and both rules', () => {
    const configuration = configurationOf(catalog, ['b1', 'a2']);
    // The click's own pass names one reason only.
    expect(explainModule(catalog, configuration, 'b2')?.modules).toHaveLength(1);
    expect(blockedIn(['b1', 'a2'])?.find((e) => e.module === 'b2')).toEqual({
      kind: 'blocked', module: 'b2', modules: ['a2', 'b1'], qualifications: [], rules: expect.arrayContaining(['a2-b1', 'drawer:b']), freedOnlyTogether: true,
    });
  });

  it('a reason of two choices, one of which another reason shares: only that one frees it alone', () => {
    // {b1, a3} and {b1, a4} hold a1: without b1, c1 is open; without a3, a4 still shuts c2 out.
    const a1 = blockedIn(['b1', 'a3', 'a4'])?.find((e) => e.module === 'a1');
    expect(a1?.freedBy).toEqual({ modules: ['b1'], qualifications: [] });
    expect(a1?.freedOnlyTogether).toBeUndefined();
  });

  it('a demanded qualification and a choice, each enough: both, the qualification’s rule first', () => {
    // b3 lacks q1, and b1 takes b's one place.
    const b3 = blockedIn(['b1'], ['q1'])?.find((e) => e.module === 'b3');
    expect(b3).toMatchObject({ modules: ['b1'], qualifications: ['q1'], freedOnlyTogether: true });
    expect(b3?.rules[0]).toBe('qualification:q1');
  });

  it('nothing more to say when every choice of every reason frees its module alone, or when in conflict', () => {
    expect(blockedIn(['b1'])).toBeNull();
    expect(blockedIn([])).toBeNull();
    // a1 with b1, a3: c1 and c2 are both shut out, a conflict (conflict-explanation.ts says that one).
    expect(blockedIn(['a1', 'b1', 'a3'])).toBeNull();
    // In a conflict, conflict-explanation.ts says them: a card one choice frees keeps that choice as its button.
    const conflict = configurationOf(catalog, ['a1', 'b1', 'a3']);
    const said = explainConflict(catalog, conflict) ?? [];
    const fuller = fullerReasons(catalog, conflict) ?? [];
    expect(fuller.map((e) => e.module)).toEqual(said.map((e) => e.module));
    expect(fuller.filter((e) => !e.freedOnlyTogether)).toEqual(said.filter((_, i) => !fuller[i]?.freedOnlyTogether));
    expect(fullerReasons(catalog, configurationOf(catalog, ['b1', 'a2']))).toEqual(blockedIn(['b1', 'a2']));
  });

  it('what it says frees the module: taken back together, the module can be chosen; any one alone, it cannot', () => {
    const configuration = configurationOf(catalog, ['b1', 'a2']);
    const b2 = blockedIn(['b1', 'a2'])?.find((e) => e.module === 'b2');
    const without = (gone: readonly string[]) => ({ ...configuration, items: configuration.items.filter((i) => !gone.includes(i.module)) });
    expect(explainModule(catalog, without(b2?.modules ?? []), 'b2')).toBeNull();
    for (const one of b2?.modules ?? []) expect(explainModule(catalog, without([one]), 'b2')?.kind).toBe('blocked');
  });
});

describe('on the default catalog', () => {
  const standard = defaultCatalog();

  it('Business with Essentielle and Protect chosen: Protect needs Essentielle, so both are named and the sentence says why', () => {
    const business = explainBlocked(standard, configurationOf(standard, ['alinto-mail-essential', 'alinto-protect']))?.find((e) => e.module === 'alinto-mail-business');
    expect(business).toMatchObject({ modules: ['alinto-mail-essential', 'alinto-protect'], qualifications: [], freedOnlyTogether: true });
    // Spaces as typeset (narrow no-break before « ; » and inside « »), read as plain spaces here.
    expect(describeExplanation(standard, business!, 'fr').replace(/\s/g, ' ')).toBe(
      'Indisponible : vous avez choisi Alinto Messagerie Essentielle et Alinto Protect (filtrage de messagerie). Le tiroir « Messagerie » n’accepte qu’un module. Alinto Protect filtre la messagerie Essentielle ; la formule Business l’inclut déjà.',
    );
  });

  it('in a conflict (QA: Essentielle, Protect and CSPN), Business is freed by Essentielle and Protect together, not left without a button', () => {
    const conflict = configurationOf(standard, ['alinto-mail-essential', 'alinto-protect'], ['cspn']);
    expect(explainConflict(standard, conflict)?.find((e) => e.module === 'alinto-mail-business')?.freedBy).toEqual({ modules: [], qualifications: [] });
    expect(fullerReasons(standard, conflict)?.find((e) => e.module === 'alinto-mail-business')).toMatchObject({
      modules: ['alinto-mail-essential', 'alinto-protect'], qualifications: [], freedOnlyTogether: true,
    });
    // CryptPad Entreprise, held by CryptPad Équipe and by SecNumCloud's conflict with Clever Cloud and Datakeen.
    const suite = configurationOf(standard, ['cryptpad-team', 'clever-cloud-app', 'datakeen-documents'], ['secnumcloud']);
    expect(fullerReasons(standard, suite)?.find((e) => e.module === 'cryptpad-enterprise')).toMatchObject({
      modules: ['cryptpad-team'], qualifications: ['secnumcloud'], freedOnlyTogether: true,
    });
  });

  it('Protect with Business chosen and CSPN demanded: the choice and the demand, together', () => {
    const protect = explainBlocked(standard, configurationOf(standard, ['alinto-mail-business'], ['cspn']))?.find((e) => e.module === 'alinto-protect');
    expect(protect).toMatchObject({ modules: ['alinto-mail-business'], qualifications: ['cspn'], freedOnlyTogether: true });
    expect(protect?.rules[0]).toBe('qualification:cspn');
  });
});
