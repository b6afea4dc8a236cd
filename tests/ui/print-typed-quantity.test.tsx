import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConfiguratorStore } from '../../src/store/configurator-store';
import { Configurator } from '../../src/ui/configurator';
import { DevisPrintHost, loadPrintSheet } from '../../src/ui/devis-print-host';
import { QuotePanel } from '../../src/ui/quote-panel';
import { APPLY_AFTER_MS } from '../../src/ui/use-quantity-edit';
import { renderWithStore } from './render-with-store';

const MAIL = 'alinto-mail-essential'; // 1 to 100 000 users, default 25
const field = () => within(document.querySelector<HTMLElement>(`[data-module="${MAIL}"]`)!).getByRole('spinbutton');
const inForce = (store: ConfiguratorStore) => store.getState().configuration.items.find((i) => i.module === MAIL)?.quantity;

const text = (element: Element | null) => (element?.textContent ?? '').replace(/[\u00A0\u202F]/g, ' ');

/** What a print lays out, read once every other `beforeprint` listener has run: the quantity in the store, the page's and the quote's text. */
function print(store: ConfiguratorStore): { quantity: number | undefined; page: string; quote: string } {
  let seen = { quantity: undefined as number | undefined, page: '', quote: '' };
  const capture = () => (seen = { quantity: inForce(store), page: text(document.body), quote: text(document.querySelector('.quote-panel')) });
  window.addEventListener('beforeprint', capture);
  window.dispatchEvent(new Event('beforeprint'));
  window.removeEventListener('beforeprint', capture);
  act(() => void window.dispatchEvent(new Event('afterprint')));
  return seen;
}

describe('printing within the pause after a quantity is typed', () => {
  // beforeprint is dispatched as the browser does, outside act(): what it renders must be there synchronously.
  beforeEach(() => vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false));
  afterEach(() => vi.unstubAllGlobals());

  it('prints the quantity typed, not the one before it (the print host listens first, as in the app)', async () => {
    // The print host before the configurator, as in app.tsx: its beforeprint listener is added first.
    const { store } = renderWithStore(<><DevisPrintHost /><Configurator /><QuotePanel /></>, (s) => s.getState().selectModule(MAIL));
    await loadPrintSheet();
    await userEvent.clear(field());
    await userEvent.type(field(), '1000');
    expect(inForce(store)).not.toBe(1000); // still within the pause
    const printed = print(store);
    expect(printed.quantity).toBe(1000);
    expect(printed.page).toMatch(/Devis n° CN-\d{8}-[0-9A-F]{8}/);
    expect(printed.quote).toContain('1 000 utilisateurs');
    expect(printed.quote).not.toContain('25 utilisateurs');
  });

  it('review: prints the quote of a change made just before, though the quote on screen follows changes by a frame', async () => {
    const { store } = renderWithStore(<><DevisPrintHost /><Configurator /><QuotePanel /></>, (s) => s.getState().selectModule(MAIL));
    await loadPrintSheet();
    act(() => store.getState().selectModule('cryptpad-team'));
    expect(text(document.querySelector('.quote-panel'))).not.toContain('CryptPad'); // the frame after the tick is not drawn yet
    expect(print(store).quote).toContain('CryptPad Équipe');
  });

  it('leaves a refused text unapplied, and the quote at the quantity from before the edit', async () => {
    const { store } = renderWithStore(<><DevisPrintHost /><Configurator /></>, (s) => s.getState().selectModule(MAIL));
    await loadPrintSheet();
    await userEvent.clear(field());
    await userEvent.type(field(), '100001');
    expect(print(store).quantity).toBe(25);
    await act(() => new Promise((resolve) => setTimeout(resolve, APPLY_AFTER_MS + 50)));
    expect(inForce(store)).toBe(25);
    expect(field()).toHaveValue('100001');
  });
});
