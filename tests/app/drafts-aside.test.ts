import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ASIDE_KEY, DRAFT_KEY, keepAside } from '../../src/app/draft-storage';
import { ASIDE_LIMIT, forgetDraftAside, LEGACY_LINK_KEY, listDraftsAside, summariseDraftText, textsAside } from '../../src/app/drafts-aside';
import { describeDraftAside } from '../../src/app/draft-aside-words';
import { defaultCatalog } from '../fixtures/catalogs';
import { emptyCustomer } from '../../src/domain/customer';
import { serialiseDraft } from '../../src/domain/draft-format';
import { FakeStorage } from './fake-storage';

let saved: FakeStorage;
beforeEach(() => {
  saved = new FakeStorage();
  vi.stubGlobal('window', { localStorage: saved });
});
afterEach(() => vi.unstubAllGlobals());

/** A draft's text: these modules, this company. */
const draft = (modules: string[], company = '') => serialiseDraft({
  configuration: { catalog: '2026-11', items: modules.map((module) => ({ module, quantity: 10 })), termMonths: 12, requirements: [], salesDiscountBp: 0 },
  addedAutomatically: {}, customer: { ...emptyCustomer(), company }, notes: '', salesMode: false,
});
const at = (iso: string) => new Date(iso).getTime();
const listed = () => listDraftsAside(saved as unknown as Storage);

describe('a draft kept aside', () => {
  it('is kept under its own dated key with why, byte for byte; a second one in the same millisecond waits a millisecond', () => {
    const text = draft(['cryptpad-team'], 'Draft Co');
    expect(keepAside(text, 'link', at('2026-03-12T14:05:00.000Z'))).toBe(`${ASIDE_KEY}2026-03-12T14:05:00.000Z.link`);
    expect(keepAside(draft([]), 'link', at('2026-03-12T14:05:00.000Z'))).toBe(`${ASIDE_KEY}2026-03-12T14:05:00.001Z.link`);
    expect(saved.getItem(`${ASIDE_KEY}2026-03-12T14:05:00.000Z.link`)).toBe(text);
  });

  it('is not kept, and says so (null), when the browser refuses', () => {
    saved.quota = 10;
    expect(keepAside(draft([]), 'tab')).toBeNull();
    expect(saved.length).toBe(0);
  });

  it('is listed newest first with when and why, each text once under all its keys', () => {
    const a = draft(['cryptpad-team'], 'A');
    const b = draft(['outscale-vm'], 'B');
    keepAside(a, 'link', at('2026-03-10T09:00:00Z'));
    keepAside(b, 'tab', at('2026-03-11T09:00:00Z'));
    keepAside(a, 'replaced', at('2026-03-12T09:00:00Z'));
    expect(listed()).toEqual({
      kept: [
        { at: new Date('2026-03-12T09:00:00Z'), reason: 'replaced', text: a, keys: [`${ASIDE_KEY}2026-03-12T09:00:00.000Z.replaced`, `${ASIDE_KEY}2026-03-10T09:00:00.000Z.link`] },
        { at: new Date('2026-03-11T09:00:00Z'), reason: 'tab', text: b, keys: [`${ASIDE_KEY}2026-03-11T09:00:00.000Z.tab`] },
      ],
      dropped: [],
    });
  });

  it('is not offered while it is the saved draft itself (a link opened, not yet edited), but kept for when the draft changes', () => {
    const a = draft(['cryptpad-team'], 'A');
    keepAside(a, 'link', at('2026-03-10T09:00:00Z'));
    saved.setItem(DRAFT_KEY, a);
    expect(listed().kept).toEqual([]);
    saved.setItem(DRAFT_KEY, draft(['outscale-vm']));
    expect(listed().kept.map((d) => d.text)).toEqual([a]);
  });

  it(`is offered among the ${ASIDE_LIMIT} newest; older ones are forgotten and returned to be named, never a newer one`, () => {
    for (let day = 1; day <= 7; day++) keepAside(draft([], `Co ${day}`), 'link', at(`2026-03-0${day}T09:00:00Z`));
    const { kept, dropped } = listed();
    expect(kept.map((d) => summariseDraftText(d.text))).toEqual([7, 6, 5, 4, 3].map((n) => ({ readable: true, modules: [], company: `Co ${n}` })));
    expect(dropped.map((d) => d.at)).toEqual([new Date('2026-03-02T09:00:00Z'), new Date('2026-03-01T09:00:00Z')]);
    expect(Object.keys(saved.under(ASIDE_KEY))).toHaveLength(ASIDE_LIMIT);
  });

  it('is forgotten under every key that holds it, and nothing else is', () => {
    const a = draft(['cryptpad-team'], 'A');
    keepAside(a, 'link', at('2026-03-10T09:00:00Z'));
    keepAside(a, 'tab', at('2026-03-11T09:00:00Z'));
    keepAside(draft([], 'B'), 'tab', at('2026-03-12T09:00:00Z'));
    saved.setItem('collabnext.lang', 'en');
    forgetDraftAside(saved as unknown as Storage, a);
    expect(Object.keys(saved.under(ASIDE_KEY))).toEqual([`${ASIDE_KEY}2026-03-12T09:00:00.000Z.tab`]);
    expect(saved.getItem('collabnext.lang')).toBe('en');
  });
});

describe('drafts kept aside by earlier versions', () => {
  it('are moved to today’s keys and offered: the link’s single slot undated (last), the dated texts set aside when read back', () => {
    const linked = draft(['alinto-mail-essential', 'cryptpad-team'], 'Draft Co');
    saved.setItem(LEGACY_LINK_KEY, linked);
    saved.setItem('collabnext.draft.set-aside.2026-02-01T08:00:00.000Z', '{"format":');
    keepAside(draft(['glowbl-meetings']), 'tab', at('2026-03-01T08:00:00Z'));
    expect(listed().kept.map(({ at: when, reason, text }) => ({ when, reason, text }))).toEqual([
      { when: new Date('2026-03-01T08:00:00Z'), reason: 'tab', text: draft(['glowbl-meetings']) },
      { when: new Date('2026-02-01T08:00:00Z'), reason: 'read-back', text: '{"format":' },
      { when: null, reason: 'link', text: linked },
    ]);
    expect(saved.under(ASIDE_KEY)).toEqual({
      [`${ASIDE_KEY}2026-03-01T08:00:00.000Z.tab`]: draft(['glowbl-meetings']),
      [`${ASIDE_KEY}2026-02-01T08:00:00.000Z.read-back`]: '{"format":',
      [`${ASIDE_KEY}1970-01-01T00:00:00.000Z.link`]: linked,
    });
    expect([saved.getItem(LEGACY_LINK_KEY), saved.getItem('collabnext.draft.set-aside.2026-02-01T08:00:00.000Z')]).toEqual([null, null]);
  });

  it('stay where they are, and are still offered, when the browser refuses to move them', () => {
    const linked = draft(['cryptpad-team'], 'Draft Co');
    saved.setItem(LEGACY_LINK_KEY, linked);
    saved.quota = saved.getItem(LEGACY_LINK_KEY)?.length ?? 0;
    expect(listed().kept).toEqual([{ at: null, reason: 'link', text: linked, keys: [LEGACY_LINK_KEY] }]);
    expect(saved.getItem(LEGACY_LINK_KEY)).toBe(linked);
  });
});

describe('a draft kept aside, in one line', () => {
  it.each([
    ['a draft: its modules and company', draft(['cryptpad-team', 'outscale-vm'], '  Draft Co '), { readable: true, modules: ['cryptpad-team', 'outscale-vm'], company: 'Draft Co' }],
    ['a draft without a company', draft([]), { readable: true, modules: [], company: '' }],
    ['a company name of 80 characters, cut at 60', draft([], 'é'.repeat(80)), { readable: true, modules: [], company: `${'é'.repeat(59)}…` }],
    ['a damaged draft whose parts have the wrong type', JSON.stringify({ format: 'collabnext-draft/1', configuration: { items: 'x' }, customer: [] }), { readable: true, modules: [], company: '' }],
    ['a damaged line, counted without a name', JSON.stringify({ format: 'collabnext-draft/1', configuration: { items: [{ module: 3 }, { module: 'glowbl-meetings' }] } }), { readable: true, modules: ['?', 'glowbl-meetings'], company: '' }],
    ['a text that is not JSON: its length in characters', '{"format":😀', { readable: false, characters: 11 }],
    ['JSON that is not a draft', JSON.stringify({ hello: 'world' }), { readable: false, characters: 17 }],
  ])('summarises %s', (_case, text, summary) => {
    expect(summariseDraftText(text)).toEqual(summary);
  });
});

describe('a newer version’s draft kept aside', () => {
  it.each([
    ['fr', 'brouillon d’une version plus récente du configurateur (31 caractères), gardé tel quel'],
    ['en', 'draft from a newer version of the configurator (31 characters), kept as it was'],
  ] as const)('says so in its line (%s), not « texte illisible »', (lang, said) => {
    const text = JSON.stringify({ format: 'collabnext-draft/2' });
    expect(describeDraftAside({ at: null, reason: 'link', text, keys: [] }, defaultCatalog(), lang).replace(/[\u00a0\u202f]/g, ' ')).toContain(said);
  });
});

describe('an unreadable text kept aside, by its length', () => {
  it.each([
    ['fr', '', 'texte illisible de 0 caractère, gardé tel quel'],
    ['fr', 'x', 'texte illisible de 1 caractère, gardé tel quel'],
    ['fr', 'xy', 'texte illisible de 2 caractères, gardé tel quel'],
    ['en', '', 'unreadable text of 0 characters, kept as it was'],
    ['en', 'x', 'unreadable text of 1 character, kept as it was'],
  ] as const)('%s, %j: the plural of the language (QA: « 0 caractères »)', (lang, text, said) => {
    expect(describeDraftAside({ at: null, reason: 'read-back', text, keys: [] }, defaultCatalog(), lang)).toContain(said);
  });
});

describe('the texts kept aside for one reason, read where a link is opened', () => {
  it('come newest first, and reading them forgets nothing, even past the limit the list keeps (its notice names what it forgets)', () => {
    const links = Array.from({ length: ASIDE_LIMIT + 2 }, (_, i) => draft(['cryptpad-team'], `Link ${i}`));
    links.forEach((text, i) => keepAside(text, 'link', at(`2026-03-1${i}T09:00:00.000Z`)));
    keepAside(draft([], 'Tab'), 'tab', at('2026-03-20T09:00:00.000Z'));
    const before = saved.length;
    expect(textsAside(saved as unknown as Storage, 'link')).toEqual([...links].reverse());
    expect(saved.length).toBe(before);
  });
});
