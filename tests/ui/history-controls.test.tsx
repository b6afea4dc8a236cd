import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistoryControls } from '../../src/ui/history-controls';
import { renderWithStore } from './render-with-store';

describe('the undo and redo buttons', () => {
  it('keep the focus when Enter empties their side of the history: marked unavailable, not disabled, and inert', async () => {
    const { store } = renderWithStore(<HistoryControls />, (s) => {
      s.getState().selectModule('glowbl-meetings');
      s.getState().selectModule('cryptpad-team');
    });
    const undo = screen.getByRole('button', { name: /Annuler/ });
    undo.focus();
    await userEvent.keyboard('{Enter}{Enter}');
    expect(store.getState().configuration.items).toEqual([]);
    expect(undo).toHaveFocus();
    expect(undo).not.toBeDisabled();
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().history.future).toHaveLength(2);

    const redo = screen.getByRole('button', { name: /Rétablir/ });
    redo.focus();
    await userEvent.keyboard('{Enter}{Enter}{Enter}');
    expect(store.getState().configuration.items.map((i) => i.module)).toEqual(['glowbl-meetings', 'cryptpad-team']);
    expect(redo).toHaveFocus();
    expect(redo).toHaveAttribute('aria-disabled', 'true');
    // Once the focus leaves, the unavailable button is disabled as before, out of the Tab order.
    act(() => redo.blur());
    expect(redo).toBeDisabled();
  });
});
