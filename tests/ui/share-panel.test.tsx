import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { decodeShareLink } from '../../src/domain/share-link';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { SharePanel } from '../../src/ui/share-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

function renderSharePanel(lang: Language = 'fr') {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  store.getState().selectModule('outscale-vm');
  store.getState().fillCustomer({ ...emptyCustomer(), company: 'Mairie de Sète' });
  render(
    <StoreContext.Provider value={store}>
      <SharePanel />
    </StoreContext.Provider>,
  );
  return store;
}

const decoded = (link: string) => {
  const payload = decodeShareLink(link);
  if (!payload.ok) throw new Error(payload.error.kind);
  return payload.value;
};

describe('the Share panel', () => {
  // The Share button's code (codec, validation library) loads on demand: loaded once here, each test's click is not timed on it.
  beforeAll(() => import('../../src/ui/share-copy'));

  it('copies the link to what is on screen, without customer details, and says so', async () => {
    const user = userEvent.setup();
    const store = renderSharePanel();
    expect(screen.getByRole('checkbox', { name: 'Inclure les coordonnées du client' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Inclure les coordonnées du client' })).toHaveAccessibleDescription(
      'Un lien ne contient aucune donnée personnelle, sauf si vous cochez cette case.',
    );
    await user.click(screen.getByRole('button', { name: 'Copier le lien de partage' }));
    expect(await screen.findByText('Lien copié')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Lien copié');
    const link = await navigator.clipboard.readText();
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/#1/);
    expect(decoded(link)).toMatchObject({ catalog: '2026-11', items: store.getState().configuration.items, customer: null });
  });

  it('puts the customer details in the copied link only when ticked', async () => {
    const user = userEvent.setup();
    renderSharePanel();
    await user.click(screen.getByRole('checkbox', { name: 'Inclure les coordonnées du client' }));
    await user.click(screen.getByRole('button', { name: 'Copier le lien de partage' }));
    await screen.findByText('Lien copié');
    expect(decoded(await navigator.clipboard.readText()).customer?.company).toBe('Mairie de Sète');
  });

  it('shows the link selected, to copy by hand, when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const store = renderSharePanel();
    await user.click(screen.getByRole('button', { name: 'Copier le lien de partage' }));
    const input = await screen.findByRole('textbox', { name: 'Lien de partage' });
    expect(screen.getByRole('status')).toHaveTextContent('Copiez ce lien');
    expect(input).toHaveAttribute('readonly');
    await waitFor(() => expect(input).toHaveFocus());
    const field = input as HTMLInputElement;
    expect(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)).toBe(field.value);
    expect(decoded(field.value).items).toEqual(store.getState().configuration.items);
  });

  it('forgets "copied" as soon as the configuration changes (the copied link is no longer what is on screen), and says so', async () => {
    const user = userEvent.setup();
    const store = renderSharePanel();
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: 'Copier le lien de partage' }));
    await screen.findByText('Lien copié');
    act(() => store.getState().changeQuantity('outscale-vm', 3));
    expect(screen.queryByText('Lien copié')).not.toBeInTheDocument();
    // In its place, so that the button above does not move (QA: a click pressed as a typed quantity applied landed beside it).
    expect(screen.getByRole('status')).toHaveTextContent(/^Modifié depuis ce lien : cliquez à nouveau pour en avoir un à jour\.$/);
    await user.click(screen.getByRole('button', { name: 'Copier le lien de partage' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Lien copié$/));
  });

  it.each<[Language, string, string, string]>([
    ['fr', 'Inclure les coordonnées du client', 'Copier le lien de partage',
      'Lien copiéCoordonnée raccourcie à 400 octets dans le lien : adresse.Caractères de contrôle invisibles laissés hors du lien : nom du contact.'],
    ['en', 'Include the customer details', 'Copy the share link',
      'Link copiedDetail cut to 400 bytes in the link: address.Invisible control characters left out of the link: contact name.'],
  ])('tells the sender which customer details the link does not carry whole (%s); the link carries them as cut', async (lang, include, button, status) => {
    const user = userEvent.setup();
    const store = renderSharePanel(lang);
    act(() => store.getState().fillCustomer({ ...store.getState().customer, address: `1 rue du Port\n${'é'.repeat(300)}`, contactName: 'Jeanne\u202E Martin' }));
    await user.click(screen.getByRole('checkbox', { name: include }));
    await user.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(status, { normalizeWhitespace: true }));
    const { customer } = decoded(await navigator.clipboard.readText());
    expect(new TextEncoder().encode(customer?.address).length).toBe(400);
    expect(customer?.contactName).toBe('Jeanne Martin');
  });

  it('says nothing more when the details travel whole, or are not asked for', async () => {
    const user = userEvent.setup();
    const store = renderSharePanel();
    act(() => store.getState().fillCustomer({ ...store.getState().customer, address: 'é'.repeat(300) }));
    await user.click(screen.getByRole('button', { name: 'Copier le lien de partage' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Lien copié$/));
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    renderSharePanel('en');
    expect(screen.getByText('A link carries no personal data unless you tick this box.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the share link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });
});
