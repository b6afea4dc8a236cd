import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fullerReasons } from '../../src/domain/engine/fuller-reasons';
import type { ConfiguratorStore } from '../../src/store/configurator-store';
import { Configurator } from '../../src/ui/configurator';
import { afterFrame } from './frame';
import { renderWithStore } from './render-with-store';

const card = (id: string) => document.querySelector<HTMLElement>(`[data-module="${id}"]`)!;
const checkboxOf = (id: string) => within(card(id)).getByRole('checkbox');
const buttonsOf = (id: string) => within(card(id)).queryAllByRole('button').map((b) => b.textContent);

/** What the app works out just after a change (app/blocked-details.ts), handed to the store as it does. */
function withFullerReasons(store: ConfiguratorStore): void {
  const { catalog, configuration } = store.getState();
  const blocked = fullerReasons(catalog, configuration);
  if (blocked) store.getState().setBlockedDetails({ configuration, blocked });
}

/** Essentielle and Protect chosen: Business is held by the mail drawer's one place and by Protect, which needs Essentielle. */
function essentialWithProtect(store: ConfiguratorStore): void {
  store.getState().selectModule('alinto-mail-essential');
  store.getState().selectModule('alinto-protect');
  withFullerReasons(store);
}

/** A button that removes itself must not leave a keyboard user on the page's body. */
describe('after a one-click way out, the focus goes where the next step is', () => {
  it('« Retirer X » on a blocked card: the card’s checkbox, now free', async () => {
    renderWithStore(<Configurator />, (s) => s.getState().selectModule('alinto-mail-business'));
    within(card('alinto-protect')).getByRole('button', { name: 'Retirer Alinto Messagerie Business' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(checkboxOf('alinto-protect')).toBeEnabled();
    expect(document.activeElement).toBe(checkboxOf('alinto-protect'));
  });

  it('« Prendre X à la place »: the checkbox of the module just taken', async () => {
    renderWithStore(<Configurator />, (s) => s.getState().selectModule('cryptpad-team'));
    within(card('cryptpad-enterprise')).getByRole('button', { name: 'Prendre CryptPad Entreprise à la place' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(checkboxOf('cryptpad-enterprise')).toBeChecked();
    expect(document.activeElement).toBe(checkboxOf('cryptpad-enterprise'));
  });

  it('« Retirer X et Y » when only together they free the card: one button, then the card’s checkbox, free', async () => {
    renderWithStore(<Configurator />, essentialWithProtect);
    expect(buttonsOf('alinto-mail-business')).toEqual([
      'Prendre Alinto Messagerie Business à la place de ces 2\u00A0modules',
      'Retirer Alinto Messagerie Essentielle et Alinto Protect (filtrage de messagerie)',
    ]);
    expect(card('alinto-mail-business')).toHaveTextContent('vous avez choisi Alinto Messagerie Essentielle et Alinto Protect');
    within(card('alinto-mail-business')).getByRole('button', { name: /^Retirer/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(checkboxOf('alinto-mail-business')).toBeEnabled();
    expect(checkboxOf('alinto-mail-essential')).not.toBeChecked();
    expect(checkboxOf('alinto-protect')).not.toBeChecked();
    expect(document.activeElement).toBe(checkboxOf('alinto-mail-business'));
  });

  it('« Prendre X à la place de ces 2 modules »: both go, X is taken, nothing is left broken', async () => {
    const { store } = renderWithStore(<Configurator />, essentialWithProtect);
    within(card('alinto-mail-business')).getByRole('button', { name: 'Prendre Alinto Messagerie Business à la place de ces 2\u00A0modules' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().configuration.items.map((i) => i.module)).toEqual(['alinto-mail-business']);
    expect(screen.queryByText('Cette configuration ne peut pas être commandée en l’état')).toBeNull();
    expect(document.activeElement).toBe(checkboxOf('alinto-mail-business'));
  });

  it('a choice and a demand that each hold the card: « Retirer X et ne plus exiger Q », in English too', async () => {
    const prepare = (store: ConfiguratorStore) => {
      store.getState().demandQualification('cspn');
      store.getState().selectModule('alinto-mail-business');
      withFullerReasons(store);
    };
    renderWithStore(<Configurator />, prepare);
    expect(buttonsOf('alinto-protect')).toEqual(['Retirer Alinto Messagerie Business et ne plus exiger CSPN']);
    document.body.innerHTML = '';
    renderWithStore(<Configurator />, prepare, 'en');
    expect(buttonsOf('alinto-protect')).toEqual(['Remove Alinto Business Mail and stop requiring CSPN']);
  });

  it('the fuller reasons arriving under the focus relabel the focused button rather than replace it: Enter takes both back', async () => {
    const { store } = renderWithStore(<Configurator />, (s) => {
      s.getState().selectModule('alinto-mail-essential');
      s.getState().selectModule('alinto-protect');
    });
    // The engine's first reason, in the click: one choice (the drawer's one place).
    const first = within(card('alinto-mail-business')).getByRole('button', { name: /^Retirer/ });
    first.focus();
    act(() => withFullerReasons(store));
    // They change the card's notes, which follow by one frame.
    await afterFrame();
    expect(document.activeElement).toBe(first);
    expect(first).toHaveTextContent('Retirer Alinto Messagerie Essentielle et Alinto Protect (filtrage de messagerie)');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().configuration.items).toEqual([]);
  });

  it('« Ne plus exiger Q »: the card’s checkbox, now free', async () => {
    // Clever Cloud lacks SecNumCloud and is freed once the demand is dropped.
    renderWithStore(<Configurator />, (s) => s.getState().demandQualification('secnumcloud'));
    within(card('clever-cloud-app')).getByRole('button', { name: 'Ne plus exiger SecNumCloud' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(checkboxOf('clever-cloud-app'));
  });

  it('a repair of the banner: the quantity it changed', async () => {
    renderWithStore(<Configurator />, (s) => {
      s.getState().selectModule('outscale-backup');
      s.getState().changeQuantity('outscale-backup', 10);
    });
    (await screen.findByRole('button', { name: 'Passer Outscale Sauvegarde à 125 Gio' })).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(card('outscale-backup')).getByRole('spinbutton'));
  });

  it('a repair that only removes: the undo button', async () => {
    renderWithStore(<Configurator />, (s) => {
      s.getState().selectModule('alinto-mail-business');
      s.getState().replaceConfiguration({ ...s.getState().configuration, items: [...s.getState().configuration.items, { module: 'alinto-protect', quantity: 25 }] });
    });
    const banner = screen.getByRole('alert');
    (await within(banner).findByRole('button', { name: 'Retirer Alinto Protect (filtrage de messagerie)' })).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Annuler/ }));
  });
});
