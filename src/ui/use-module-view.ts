import { useEffect } from 'react';
import { sameDecisions } from '../domain/engine/decisions';
import type { Evaluation } from '../domain/engine/evaluate';
import type { Explanation } from '../domain/engine/explanation';
import { suggestionsToShow, type Suggestion } from '../domain/suggestions';
import type { ConfiguratorState } from '../store/configurator-store';
import { laterParts, requestLaterParts, useLaterPartsStatus, type LaterParts } from './later-parts';
import { evaluationOf, explanationsOf } from './derived';
import { moduleState, type ModuleState } from './module-state';
import { rememberLast } from './remember-last';
import { useConfigurator } from './store-context';

/** What one card shows, as plain values: a click re-renders only the cards whose view changed. */
export interface ModuleView {
  state: ModuleState;
  quantity: number | null;
  /** The sentence explaining a blocked or implied module; null until the later parts' code has come (ui/later-parts.ts). */
  reason: string | null;
  /** The buyer's decisions that block the module: modules and qualifications to offer to drop. */
  blockingModules: string;
  blockingQualifications: string;
  /** The blocking choices free the module only taken back together (one button), not each alone. */
  freedTogether: boolean;
  /** Why it was added automatically, '' until the later parts' code has come (the note then says its state alone). */
  addedBecause: string | null;
  /** For a selected module, the rules it breaks as the selection stands, in one text; null when it breaks none, '' until
   * the later parts' code has come. */
  broken: string | null;
  /** The demanded qualifications that rule out this selected module (ids, space-separated): each can be waived from its card. */
  ruledOutBy: string;
  /** The `recommends` rules this module sets off, with what can still be added (gentle hints on its card). */
  suggestions: readonly Suggestion[];
}

type ViewFacts = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'lang' | 'addedAutomatically' | 'blockedDetails'>;

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const sameSuggestions = (a: readonly Suggestion[], b: readonly Suggestion[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x.rule === b[i]?.rule && sameList(x.options, b[i]?.options ?? [])));

/** Field by field, so that a field added to the view is compared too. */
const sameView = (a: ModuleView, b: ModuleView): boolean =>
  (Object.keys(a) as (keyof ModuleView)[]).every((k) => (k === 'suggestions' ? sameSuggestions(a[k], b[k]) : a[k] === b[k]));

/** What a change tells every card, looked up once per change rather than searched per card. */
interface CardFacts {
  quantities: ReadonlyMap<string, number>;
  implied: ReadonlyMap<string, Explanation>;
  blocked: ReadonlyMap<string, Explanation>;
  impliedIds: ReadonlySet<string>;
  selectable: ReadonlySet<string>;
  suggestions: ReadonlyMap<string, Suggestion[]>;
  /** The violated rules by the selected module they involve. */
  broken: ReadonlyMap<string, string[]>;
}

const NONE: readonly Suggestion[] = [];

/** The suggestions that fire, by the module that sets them off. */
function suggestionsByModule(s: ViewFacts, evaluation: Evaluation): Map<string, Suggestion[]> {
  const byModule = new Map<string, Suggestion[]>();
  for (const suggestion of suggestionsToShow(s.catalog, evaluation)) {
    const list = byModule.get(suggestion.module) ?? [];
    list.push(suggestion);
    byModule.set(suggestion.module, list);
  }
  return byModule;
}

/** The violations, by the selected module they involve (a module may break several rules). */
function brokenByModule(evaluation: Evaluation): Map<string, string[]> {
  const byModule = new Map<string, string[]>();
  for (const violation of evaluation.violations) {
    for (const module of violation.modules) byModule.set(module, [...(byModule.get(module) ?? []), violation.rule]);
  }
  return byModule;
}

const QUALIFICATION_RULE = 'qualification:';

function viewOf(s: ViewFacts, facts: CardFacts, words: LaterParts | null, moduleId: string): ModuleView {
  const quantity = facts.quantities.get(moduleId) ?? null;
  const state = moduleState(quantity !== null, facts.impliedIds.has(moduleId), facts.selectable.has(moduleId));
  const explained = state === 'blocked' ? facts.blocked.get(moduleId) : state === 'implied' ? facts.implied.get(moduleId) : undefined;
  const added = s.addedAutomatically[moduleId];
  const broken = quantity !== null ? (facts.broken.get(moduleId) ?? []) : [];
  // The sentence names every choice that holds the card (in a conflict, every choice in it); the buttons only those
  // that free it, alone (`freedBy`) or together (`freedOnlyTogether`: then the explanation's own choices).
  const ways = state !== 'blocked' ? undefined : explained?.freedOnlyTogether ? explained : (explained?.freedBy ?? explained);
  return {
    state,
    quantity,
    reason: explained && words ? words.describeExplanation(s.catalog, { ...explained, ...explained.inConflict }, s.lang) : null,
    blockingModules: ways?.modules.join(' ') ?? '',
    blockingQualifications: ways?.qualifications.join(' ') ?? '',
    freedTogether: state === 'blocked' && explained?.freedOnlyTogether === true,
    addedBecause: quantity !== null && added ? (words?.describeAddition(s.catalog, added, s.lang) ?? '') : null,
    broken: broken.length > 0 ? (words?.describeBrokenRules(s.catalog, broken, s.lang) ?? '') : null,
    ruledOutBy: broken.filter((r) => r.startsWith(QUALIFICATION_RULE)).map((r) => r.slice(QUALIFICATION_RULE.length)).join(' '),
    suggestions: facts.suggestions.get(moduleId) ?? NONE,
  };
}

/**
 * Every card's view, worked out once per change for all cards (not once per card), and a view equal
 * to the one before is the same object: a card's selector is a lookup, and only the cards whose view
 * changed re-render.
 */
export const moduleViewsOf = rememberLast(
  (s: ViewFacts) => [s.catalog, s.configuration, s.lang, s.addedAutomatically, s.blockedDetails, laterParts()],
  (s, before: ReadonlyMap<string, ModuleView> | undefined): ReadonlyMap<string, ModuleView> => {
    const { blocked: minimal, implied } = explanationsOf(s);
    // The fuller reasons once worked out for these very decisions (app/blocked-details), when there are any: a quantity
    // typed since changes none of them (the card kept flickering back to the engine's first reason at each digit).
    const blocked = s.blockedDetails && sameDecisions(s.blockedDetails.configuration, s.configuration) ? s.blockedDetails.blocked : minimal;
    const evaluation = evaluationOf(s);
    const facts: CardFacts = {
      quantities: new Map(s.configuration.items.map((i) => [i.module, i.quantity])),
      blocked: new Map(blocked.map((e) => [e.module, e])),
      implied: new Map(implied.map((e) => [e.module, e])),
      impliedIds: new Set(evaluation.implied),
      selectable: new Set(evaluation.selectable),
      suggestions: suggestionsByModule(s, evaluation),
      broken: brokenByModule(evaluation),
    };
    const words = laterParts();
    const views = new Map<string, ModuleView>();
    for (const module of s.catalog.modules) {
      const view = viewOf(s, facts, words, module.id);
      const previous = before?.get(module.id);
      views.set(module.id, previous && sameView(previous, view) ? previous : view);
    }
    return views;
  },
);

const UNKNOWN: ModuleView = {
  state: 'blocked', quantity: null, reason: null, blockingModules: '', blockingQualifications: '', freedTogether: false, addedBecause: null, broken: null, ruledOutBy: '', suggestions: NONE,
};

/** The card has something to say and waits for the later parts' code to say it (its note shows its state alone). */
const untold = (view: ModuleView): boolean =>
  view.state === 'blocked' || view.state === 'implied' ? view.reason === null : view.broken === '' || view.addedBecause === '';

/** Whether some card of this state waits for the later parts: then they come before the first screen (a draft read back). */
export const cardsAwaitLaterParts = (s: ViewFacts): boolean => [...moduleViewsOf(s).values()].some(untold);

export function useModuleView(moduleId: string): ModuleView {
  // Drawn again when the later parts' code comes: the views are then worked out again, with its sentences.
  useLaterPartsStatus();
  const view = useConfigurator((s) => moduleViewsOf(s).get(moduleId) ?? UNKNOWN);
  // A card with something to say asks for that code if it has not come (after a failure, again when its view changes).
  const waiting = untold(view);
  useEffect(() => {
    if (waiting) requestLaterParts();
  }, [waiting, view]);
  return view;
}
