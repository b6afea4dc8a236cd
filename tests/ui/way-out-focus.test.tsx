import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Configurator } from '../../src/ui/configurator';
import { renderWithStore } from './render-with-store';

const card = (id: string) => document.querySelector<HTMLElement>(`[data-module="${id}"]`)!;
const checkboxOf = (id: string) => within(card(id)).getByRole('checkbox');

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
