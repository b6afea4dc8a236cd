import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { priceFrom } from '../../src/domain/price-from';
import { readQuantity } from '../../src/domain/quantity';
import { Configurator } from '../../src/ui/configurator';
import { QualificationNotes } from '../../src/ui/qualification-notes';
import { defaultCatalog } from '../fixtures/catalogs';
import { renderWithStore } from './render-with-store';

/*
 * What a card's parts compute each time they render, counted: the price (priceFrom), the quantity field
 * (readQuantity) and the badges' notes (QualificationNotes, also drawn by the demanded qualifications' own help).
 */
vi.mock('../../src/domain/price-from', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/domain/price-from')>();
  return { ...original, priceFrom: vi.fn(original.priceFrom) };
});
vi.mock('../../src/domain/quantity', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/domain/quantity')>();
  return { ...original, readQuantity: vi.fn(original.readQuantity) };
});
vi.mock('../../src/ui/qualification-notes', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/qualification-notes')>();
  return { ...original, QualificationNotes: vi.fn(original.QualificationNotes) };
});

const states = () => new Map([...document.querySelectorAll<HTMLElement>('[data-module]')].map((c) => [c.dataset.module, c.dataset.state]));
const blocked = (state: string | undefined) => state === 'blocked';
/** The cards whose quantity field rendered (once or more: React may render a field twice for one change). */
const fieldsRendered = () => [...new Set(vi.mocked(readQuantity).mock.calls.map(([module]) => module.id))].sort();
const badgeNotes = () => vi.mocked(QualificationNotes).mock.calls.filter(([props]) => props.idPrefix === undefined);

describe('a card renders again only the parts whose data changed', () => {
  it('demanding a qualification draws again the quantity fields of the cards it blocks or frees, and no price or badge', async () => {
    renderWithStore(<Configurator />, (s) => {
      s.getState().selectModule('jamespot-intranet');
      s.getState().selectModule('outscale-vm');
    });
    const cards = defaultCatalog().modules;
    // The counters see every card's first render, so a count of zero below is a part left alone, not one never counted.
    expect(vi.mocked(priceFrom).mock.calls.length).toBeGreaterThanOrEqual(cards.length);
    expect(badgeNotes().length).toBeGreaterThan(0);
    const before = states();
    vi.mocked(priceFrom).mockClear();
    vi.mocked(readQuantity).mockClear();
    vi.mocked(QualificationNotes).mockClear();

    await userEvent.click(screen.getByRole('checkbox', { name: 'ISO 27001' }));

    const after = states();
    const flipped = cards.filter((m) => blocked(after.get(m.id)) !== blocked(before.get(m.id)));
    expect(flipped.map((m) => m.id)).toEqual(expect.arrayContaining(['cryptpad-team', 'xwiki-knowledge', 'wallix-trustelem']));
    expect(priceFrom).not.toHaveBeenCalled();
    expect(badgeNotes()).toEqual([]);
    const withField = flipped.filter((m) => m.pricing.model !== 'flat').map((m) => m.id);
    expect(fieldsRendered()).toEqual(withField.sort());
  });

  it('a card keeps its price when its quantity changes (the price is « from », not the line)', async () => {
    const { store } = renderWithStore(<Configurator />, (s) => s.getState().selectModule('outscale-vm'));
    vi.mocked(priceFrom).mockClear();
    vi.mocked(readQuantity).mockClear();
    act(() => store.getState().changeQuantity('outscale-vm', 7));
    expect(await screen.findByDisplayValue('7')).toBeInTheDocument();
    expect(priceFrom).not.toHaveBeenCalled();
    expect(fieldsRendered()).toEqual(['outscale-vm']);
  });
});
