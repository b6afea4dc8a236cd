import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The later parts' file as the page gets it: arrived, or lost on the way (a connection lost just after the first screen). */
const arrival = { lost: false, fetched: 0 };

/**
 * A page whose later parts have not come yet: the app's modules imported afresh (the setup loaded the later parts in the
 * shared graph), with the loader's file replaced by one that arrives or is lost as `arrival` says.
 */
async function freshPage() {
  vi.resetModules();
  vi.doMock('../../src/ui/later-parts-code', async (importOriginal) => {
    arrival.fetched += 1;
    if (arrival.lost) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
  const { loadLanguage } = await import('../../src/ui/messages');
  await loadLanguage('fr');
  return {
    later: await import('../../src/ui/later-parts'),
    renderWithStore: (await import('./render-with-store')).renderWithStore,
    Configurator: (await import('../../src/ui/configurator')).Configurator,
    QuotePanel: (await import('../../src/ui/quote-panel')).QuotePanel,
  };
}

const card = (id: string) => document.querySelector<HTMLElement>(`[data-module="${id}"]`)!;

afterEach(() => {
  arrival.lost = false;
  arrival.fetched = 0;
  vi.doUnmock('../../src/ui/later-parts-code');
});

describe('the later parts (the cards’ notes, the quote’s details) before and after their code comes', () => {
  it('until it comes, a blocked card says « Indisponible », described by that word, and asks for the code; then its sentence and ways out', async () => {
    arrival.lost = true;
    const { renderWithStore, Configurator } = await freshPage();
    renderWithStore(<Configurator />, (s) => s.getState().selectModule('alinto-mail-business'));
    const protect = card('alinto-protect');
    await waitFor(() => expect(arrival.fetched).toBeGreaterThan(0));
    expect(protect).toHaveAccessibleDescription('Indisponible');
    expect(within(protect).queryByRole('button')).toBeNull();
    arrival.lost = false;
    // The next change of the configuration asks again.
    await userEvent.click(screen.getByRole('checkbox', { name: 'CryptPad Équipe' }));
    await waitFor(() => expect(protect).toHaveAccessibleDescription(/la formule Business l’inclut déjà/));
    expect(within(protect).getByRole('button', { name: 'Retirer Alinto Messagerie Business' })).toBeInTheDocument();
  });

  it('a module added for another, while the code has not come, says « Ajouté d’office », the note its checkbox is described by', async () => {
    arrival.lost = true;
    const { renderWithStore, Configurator } = await freshPage();
    renderWithStore(<Configurator />, (s) => s.getState().selectModule('outscale-backup'));
    await waitFor(() => expect(arrival.fetched).toBeGreaterThan(0));
    expect(within(card('outscale-storage')).getByRole('checkbox')).toHaveAccessibleDescription('Ajouté d’office');
  });

  it('the quote says its lines are coming, then shows them; a failed file offers « Réessayer », which brings them and the focus to them', async () => {
    arrival.lost = true;
    const { renderWithStore, QuotePanel } = await freshPage();
    renderWithStore(<QuotePanel />, (s) => s.getState().selectModule('cryptpad-team'));
    const retry = await screen.findByRole('button', { name: 'Réessayer' });
    expect(screen.getByText('Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).', { exact: false })).toBeInTheDocument();
    expect(document.querySelector('[data-line]')).toBeNull();
    // Failed again after « Réessayer »: the new « Réessayer » has the focus, and a reload is offered.
    await userEvent.click(retry);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Réessayer' })).toHaveFocus());
    expect(screen.getByRole('button', { name: /Recharger la page/ })).toBeInTheDocument();
    arrival.lost = false;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(document.querySelector('[data-line="cryptpad-team"]')).not.toBeNull());
    expect(screen.getByRole('region', { name: 'Abonnement mensuel (récurrent)' })).toHaveFocus();
    expect(screen.queryByText('Chargement des lignes et des remises du devis…')).toBeNull();
  });

  it('offers to reload the page once « Réessayer » has failed, not after the page’s own retries (QA: at start-up it did)', async () => {
    arrival.lost = true;
    const { later, renderWithStore, QuotePanel } = await freshPage();
    // As at start-up with a draft: the boot asked and it failed; then the quote asks, and every change asks again.
    await later.loadLaterParts().catch(() => undefined);
    const { store } = renderWithStore(<QuotePanel />, (s) => s.getState().selectModule('cryptpad-team'));
    await screen.findByRole('button', { name: 'Réessayer' });
    const asked = arrival.fetched;
    act(() => store.getState().selectModule('glowbl-events'));
    await waitFor(() => expect(arrival.fetched).toBeGreaterThan(asked));
    await screen.findByRole('button', { name: 'Réessayer' });
    expect(screen.queryByRole('button', { name: /Recharger la page/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('button', { name: /Recharger la page/ })).toBeInTheDocument();
  });
});
