import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore, type ConfiguratorStore } from '../../src/store/configurator-store';
import { CustomerSection } from '../../src/ui/customer-section';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

/** The customer section over a store holding Draft Co's details; erasing puts an empty store on screen, as the app does. */
function renderSection(lang: Language = 'fr') {
  const erased = vi.fn();
  const filled = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  filled.getState().fillCustomer({ ...emptyCustomer(), company: 'Draft Co', contactName: 'Camille Martin' });
  function Page() {
    const [store, setStore] = useState<ConfiguratorStore>(filled);
    const erase = () => {
      erased();
      setStore(createConfiguratorStore({ catalog: defaultCatalog(), lang: store.getState().lang }));
    };
    return (
      <StoreContext.Provider value={store}>
        <CustomerSection onErase={erase} />
      </StoreContext.Provider>
    );
  }
  render(<Page />);
  return erased;
}

const FR = {
  open: 'Effacer mes données de ce navigateur',
  confirm: 'Effacer définitivement',
  line: 'Tout effacer de ce navigateur\u202f? C’est définitif\u00a0: l’historique des modifications (Ctrl+Z) ne pourra pas le rétablir.',
};

describe('« Effacer mes données de ce navigateur », at the foot of the customer form', () => {
  it('says what it erases, and erases nothing at the first click: it asks, the focus on the confirm button', async () => {
    const user = userEvent.setup();
    const erased = renderSection();
    const open = screen.getByRole('button', { name: FR.open });
    expect(open).toHaveAccessibleDescription(
      'Efface tout ce que ce configurateur a enregistré dans ce navigateur\u00a0: le brouillon (offre, coordonnées du client, notes), les brouillons mis de côté et le choix de langue.',
    );
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: FR.confirm })).toBeNull();

    await user.click(open);
    expect(screen.getByRole('group', { name: FR.line })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: FR.confirm })).toHaveFocus();
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(erased).not.toHaveBeenCalled();
  });

  it.each([
    ['Escape', async (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    ['« Annuler »', async (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Annuler' }))],
  ])('%s closes the confirmation, erases nothing and gives the focus back', async (_how, cancel) => {
    const user = userEvent.setup();
    const erased = renderSection();
    screen.getByRole('button', { name: FR.open }).focus();
    await user.keyboard('{Enter}');
    await cancel(user);
    expect(screen.queryByRole('group', { name: FR.line })).toBeNull();
    expect(screen.getByRole('button', { name: FR.open })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Raison sociale' })).toHaveValue('Draft Co');
    expect(erased).not.toHaveBeenCalled();
  });

  it('erases on confirmation, from the keyboard: the form empties, the focus goes back, a status says so', async () => {
    const user = userEvent.setup();
    const erased = renderSection();
    screen.getByRole('button', { name: FR.open }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(erased).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group', { name: FR.line })).toBeNull();
    expect(screen.getByRole('button', { name: FR.open })).toHaveFocus();
    expect(screen.getByRole('status').textContent).toBe('Données effacées de ce navigateur\u202f; l’avis en haut de la page dit ce qui l’a été.');
    expect(screen.getByRole('textbox', { name: 'Raison sociale' })).toHaveValue('');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('speaks English too', async () => {
    const user = userEvent.setup();
    renderSection('en');
    await user.click(screen.getByRole('button', { name: 'Erase my data from this browser' }));
    expect(screen.getByRole('group', { name: 'Erase it all from this browser? This is final: the edit history (Ctrl+Z) cannot bring it back.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erase for good' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});
