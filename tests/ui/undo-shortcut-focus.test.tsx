import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listenForUndoShortcuts } from '../../src/app/keyboard-shortcuts';
import type { ConfiguratorStore } from '../../src/store/configurator-store';
import { Configurator } from '../../src/ui/configurator';
import { QuotePanel } from '../../src/ui/quote-panel';
import { renderWithStore } from './render-with-store';
import { afterFrame } from './frame';

let stop = () => {};
afterEach(() => stop());

/** The configurator and its quote, the page's undo shortcuts listening; Clever Cloud PostgreSQL ticked. */
function renderPage(): ConfiguratorStore {
  const { store } = renderWithStore(<><Configurator /><QuotePanel /></>, (s) => s.getState().selectModule('clever-cloud-postgresql'));
  stop = listenForUndoShortcuts(store);
  return store;
}

// The history's buttons by place (undo, then redo), whatever their words.
const historyButtons = () => [...document.querySelectorAll<HTMLButtonElement>('.history-controls button')];
const undoButton = () => historyButtons()[0];
const redoButton = () => historyButtons()[1];

/** SecNumCloud demanded from its toggle, with the keyboard: PostgreSQL lacks it, and the red banner comes. */
async function demandSecNumCloud(): Promise<HTMLElement> {
  screen.getByRole('checkbox', { name: 'SecNumCloud' }).focus();
  await userEvent.keyboard(' ');
  // The quote's notice and the cards' notes follow the toggle's frame by one.
  await afterFrame();
  return screen.findByRole('alert');
}

/** A keyboard undo or redo that takes away the focused control never leaves a keyboard user on the page's body. */
describe('after Ctrl+Z or Ctrl+Y takes away the focused control, the focus goes to the button of the step taken', () => {
  it('Ctrl+Z on the banner’s « Ne plus exiger SecNumCloud »: the undo button', async () => {
    const store = renderPage();
    const banner = await demandSecNumCloud();
    (await within(banner).findByRole('button', { name: 'Ne plus exiger SecNumCloud' })).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(store.getState().configuration.requirements).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(undoButton());
  });

  it('Ctrl+Z on the quote’s « Voir les points à corriger »: the undo button', async () => {
    renderPage();
    await demandSecNumCloud();
    screen.getByRole('button', { name: 'Voir les points à corriger' }).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(screen.queryByRole('button', { name: 'Voir les points à corriger' })).toBeNull();
    expect(document.activeElement).toBe(undoButton());
  });

  it.each([['Ctrl+Shift+Z', '{Control>}{Shift>}z{/Shift}{/Control}'], ['Ctrl+Y', '{Control>}y{/Control}']])(
    '%s on the banner’s repair: the redo button, else the undo button once nothing is left to redo',
    async (_name, keys) => {
      const store = renderPage();
      const waive = async () => (await within(await screen.findByRole('alert')).findByRole('button', { name: 'Ne plus exiger SecNumCloud' })).focus();
      await demandSecNumCloud();
      // Then SecNumCloud waived and a 12-month term, both undone: the banner is back, with two steps to redo.
      store.getState().waiveQualification('secnumcloud');
      store.getState().chooseTerm(12);
      store.getState().undo();
      store.getState().undo();
      await waive();
      await userEvent.keyboard(keys);
      expect(store.getState().configuration.requirements).toEqual([]);
      expect(document.activeElement).toBe(redoButton());

      // Back to the banner with only the waiver to redo: once redone, the redo button is out and the undo button takes the focus.
      store.getState().undo();
      store.getState().waiveQualification('secnumcloud');
      store.getState().undo();
      await waive();
      await userEvent.keyboard(keys);
      expect(store.getState().history.future).toHaveLength(0);
      expect(document.activeElement).toBe(undoButton());
    },
  );
});
