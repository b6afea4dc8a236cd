import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listenForUndoShortcuts } from '../../src/app/keyboard-shortcuts';
import type { ConfiguratorStore } from '../../src/store/configurator-store';
import { Configurator } from '../../src/ui/configurator';
import { APPLY_AFTER_MS } from '../../src/ui/use-quantity-edit';
import { renderWithStore } from './render-with-store';

const MAIL = 'alinto-mail-essential'; // 1 to 100 000 users, default 25
const card = (id: string) => document.querySelector<HTMLElement>(`[data-module="${id}"]`)!;
const GLOWBL = 'glowbl-meetings'; // 1 to 1 000, default 5, not chosen here
const field = (id = MAIL) => within(card(id)).getByRole('spinbutton');
const inForce = (store: ConfiguratorStore, id = MAIL) => store.getState().configuration.items.find((i) => i.module === id)?.quantity;
const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, APPLY_AFTER_MS + 50)));
const alert = (id = MAIL) => within(card(id)).queryByRole('alert');
const NNBSP = '\u202f'; // Intl's French grouping
/** The alert's text with Intl's narrow no-break spaces kept (toHaveTextContent makes every space plain); typography's no-break spaces made plain. */
const alertText = (id = MAIL) => (alert(id)?.textContent ?? '').replace(/\u00a0/g, ' ');

function renderMail(lang: 'fr' | 'en' = 'fr') {
  return renderWithStore(<Configurator />, (s) => s.getState().selectModule(MAIL), lang);
}

async function retype(text: string, id = MAIL) {
  await userEvent.clear(field(id));
  await userEvent.type(field(id), text);
}

describe('a quantity reaches the quote only as a value the buyer meant', () => {
  it('a number typed past the maximum leaves the quote at the quantity from before the edit, not at its valid prefix', async () => {
    const { store } = renderMail();
    await retype('100001');
    await pause();
    expect(field()).toHaveValue('100001');
    expect(alertText()).toContain(`Le maximum est 100${NNBSP}000 : saisissez 100${NNBSP}000 ou moins.`);
    expect(alert()).toHaveTextContent('Le devis garde 25 utilisateurs.');
    expect(inForce(store)).toBe(25);
  });

  it('English thousands commas are read as the number meant; a decimal comma is refused in either language', async () => {
    const { store } = renderMail('en');
    await retype('1,500{Enter}');
    expect(inForce(store)).toBe(1500);
    expect(alert()).toBeNull();
    await retype('12,5{Enter}');
    expect(alert()).toHaveTextContent('whole number');
    expect(inForce(store)).toBe(1500);
  });

  it('a text refused in French and read as a number once the page is in English is applied on Enter', async () => {
    const { store } = renderMail('fr');
    await retype('4,000');
    expect(alert()).not.toBeNull();
    act(() => store.getState().switchLanguage('en'));
    expect(alert()).toBeNull();
    await userEvent.type(field(), '{Enter}');
    expect(inForce(store)).toBe(4000);
    expect(field()).toHaveValue('4000');
  });

  it('a pause in the middle of a number applies the prefix, and the refused end puts the quantity back', async () => {
    const { store } = renderMail();
    await retype('10000');
    await pause();
    expect(inForce(store)).toBe(10000);
    await userEvent.type(field(), '1');
    expect(inForce(store)).toBe(25);
    await userEvent.tab();
    expect(field()).toHaveValue('100001');
    expect(inForce(store)).toBe(25);
  });

  it('a valid number is applied after a pause, on Enter or on leaving the field; each edit, ended by Enter or leaving, is one undoable change', async () => {
    const { store } = renderMail();
    const changesBefore = store.getState().history.past.length;
    await retype('140');
    expect(inForce(store)).toBe(25);
    await pause();
    expect(inForce(store)).toBe(140);
    await retype('150{Enter}');
    expect(inForce(store)).toBe(150);
    expect(store.getState().history.past.length).toBe(changesBefore + 1);
    await retype('160');
    await userEvent.tab();
    expect(inForce(store)).toBe(160);
    expect(store.getState().history.past.length).toBe(changesBefore + 2);
    act(() => store.getState().undo());
    expect(inForce(store)).toBe(150);
  });

  it.each([['12,5'], ['12.5']])('a decimal %j is refused as not a whole number, never read as another number', async (typed) => {
    const { store } = renderWithStore(<Configurator />, (s) => s.getState().selectModule('glowbl-meetings'));
    await userEvent.clear(field('glowbl-meetings'));
    await userEvent.paste(typed);
    await pause();
    expect(field('glowbl-meetings')).toHaveValue(typed);
    expect(alert('glowbl-meetings')).toHaveTextContent('Saisissez un nombre entier, par exemple 5.');
    expect(inForce(store, 'glowbl-meetings')).toBe(5);
  });

  it.each([
    ['fr', '-5', `Le minimum est 1 : saisissez 1 ou plus.`],
    ['fr', '1000000000', `Le maximum est 100${NNBSP}000 : saisissez 100${NNBSP}000 ou moins.`],
    ['fr', '1e9', `Écrivez la quantité en chiffres, sans exposant « e » : par exemple 25.`],
    ['fr', 'abc', 'Saisissez un nombre entier, par exemple 25.'],
    ['en', '1000000000', 'The maximum is 100,000: enter 100,000 or less. The quote keeps 25 users.'],
    ['en', '-5', 'The minimum is 1: enter 1 or more.'],
  ] as const)('in %s, %j is refused with its own reason', async (lang, typed, reason) => {
    renderMail(lang);
    await retype(typed);
    expect(alertText()).toContain(reason);
    expect(field()).toHaveAttribute('aria-invalid', 'true');
  });

  it('undo replaces a refused text with the quantity it brings back', async () => {
    const { store } = renderMail();
    await retype('40');
    await userEvent.tab();
    await retype('0');
    expect(alert()).toHaveTextContent('Le minimum est 1');
    await userEvent.click(screen.getByRole('button', { name: /Annuler/ }));
    expect(inForce(store)).toBe(25);
    expect(field()).toHaveValue('25');
    expect(alert()).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Rétablir/ }));
    expect(field()).toHaveValue('40');
  });

  it('an edit refused after a value it applied leaves no step to undo, and undo then replaces its text', async () => {
    const { store } = renderWithStore(<Configurator />, (s) => {
      s.getState().selectModule(MAIL);
      s.getState().chooseTerm(12);
    });
    const changesBefore = store.getState().history.past.length;
    await retype('40');
    await pause();
    await retype('0');
    expect(inForce(store)).toBe(25);
    expect(store.getState().history.past.length).toBe(changesBefore);
    await userEvent.click(screen.getByRole('button', { name: /Annuler/ }));
    expect(store.getState().configuration.termMonths).toBe(1);
    expect(inForce(store)).toBe(25);
    expect(field()).toHaveValue('25');
    expect(alert()).toBeNull();
  });

  it('is a spinbutton with its bounds; the arrows step from what is typed and apply at once', async () => {
    const { store } = renderWithStore(<Configurator />, (s) => s.getState().selectModule('outscale-storage'));
    const input = field('outscale-storage');
    expect(input).toHaveAttribute('aria-valuemin', '10');
    expect(input).toHaveAttribute('aria-valuemax', '100000');
    expect(input).toHaveAttribute('aria-valuenow', '100');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowUp}');
    expect(inForce(store, 'outscale-storage')).toBe(110);
    expect(input).toHaveAttribute('aria-valuenow', '110');
    await retype('125', 'outscale-storage');
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveValue('120');
    expect(inForce(store, 'outscale-storage')).toBe(120);
    await retype('5', 'outscale-storage');
    await userEvent.keyboard('{ArrowDown}');
    expect(inForce(store, 'outscale-storage')).toBe(10);
  });
});

describe('Ctrl+Z in a quantity field: the typing while there is some, else the configuration, never another field', () => {
  it('while typing drops the typing; with nothing typed undoes the last change, as from a checkbox', async () => {
    const { store } = renderMail();
    const stop = listenForUndoShortcuts(store);
    try {
      await retype('40');
      await userEvent.tab();
      expect(inForce(store)).toBe(40);
      await retype('70');
      await userEvent.keyboard('{Control>}z{/Control}');
      // The typing is dropped, the value from before it stays: Ctrl+Z did not also undo the change to 40.
      expect(field()).toHaveValue('40');
      expect(inForce(store)).toBe(40);
      await userEvent.keyboard('{Control>}z{/Control}');
      expect(inForce(store)).toBe(25);
      expect(field()).toHaveValue('25');
      await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      expect(inForce(store)).toBe(40);
    } finally {
      stop();
    }
  });

  it('typing that chose a module, then dropped (Ctrl+Z), leaves no step: the next Ctrl+Z undoes the change made before it', async () => {
    const { store } = renderMail();
    const stop = listenForUndoShortcuts(store);
    try {
      await userEvent.click(field(GLOWBL));
      await userEvent.keyboard('{Control>}a{/Control}30');
      await pause();
      expect(inForce(store, GLOWBL)).toBe(30);
      await userEvent.keyboard('{Control>}z{/Control}');
      expect(inForce(store, GLOWBL)).toBeUndefined();
      await userEvent.keyboard('{Control>}z{/Control}');
      // Undone: the mail module chosen before the edit. Glowbl does not come back at the 30 the user dropped.
      expect(inForce(store)).toBeUndefined();
      expect(inForce(store, GLOWBL)).toBeUndefined();
      await userEvent.keyboard('{Control>}{Shift>}z{/Control}{/Shift}');
      expect(inForce(store)).toBe(25);
      expect(inForce(store, GLOWBL)).toBeUndefined();
    } finally {
      stop();
    }
  });

  it.each([['text'], ['number'], ['search']])('an input of type %s keeps its own Ctrl+Z', (type) => {
    const { store } = renderMail();
    const stop = listenForUndoShortcuts(store);
    const input = document.createElement('input');
    input.type = type;
    document.body.append(input);
    try {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
      expect(inForce(store)).toBe(25);
    } finally {
      input.remove();
      stop();
    }
  });
});
