import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/domain/language';
import { lazyPart } from '../../src/ui/lazy-part';
import { renderWithStore } from './render-with-store';

const Greeting = ({ name }: { name: string }) => <p>Bonjour {name}</p>;

/** A part whose code fails to download `failures` times, then arrives. */
function flakyPart(failures: number) {
  let calls = 0;
  // No address in the error: the same load is tried again (a retry under another address is the browser journeys').
  const load = vi.fn(() => (calls++ < failures ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ Greeting })));
  return { Part: lazyPart(load, 'Greeting'), load };
}

const renderPart = (Part: ComponentType<{ name: string }>, lang: Language = 'fr') =>
  renderWithStore(<Suspense fallback={<p>…</p>}><p>Le reste de la page</p><Part name="Lyon" /></Suspense>, undefined, lang);

describe('lazyPart', () => {
  it('renders the part once its code has arrived, loading it once however often it renders', async () => {
    const { Part, load } = flakyPart(0);
    const { rerender } = renderPart(Part);
    expect(await screen.findByText('Bonjour Lyon')).toBeInTheDocument();
    rerender(<></>);
    renderPart(Part);
    expect(await screen.findByText('Bonjour Lyon')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the part could not be loaded, leaves the rest of the page, and « Réessayer » imports it again', async () => {
    const user = userEvent.setup();
    const { Part, load } = flakyPart(2);
    renderPart(Part);
    expect(await screen.findByText('Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Le reste de la page')).toBeInTheDocument();
    expect(screen.queryByText(/Failed to fetch|http/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await user.click(await screen.findByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Bonjour Lyon')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('failed again after « Réessayer », also offers to reload the page (Chromium keeps a failed file for the page’s life); not before', async () => {
    const user = userEvent.setup();
    const { Part } = flakyPart(2);
    renderPart(Part);
    const reload = { name: 'Recharger la page (votre devis est conservé)' };
    await user.click(await screen.findByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('button', reload)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Bonjour Lyon')).toBeInTheDocument();
    expect(screen.queryByRole('button', reload)).not.toBeInTheDocument();
  });

  it('offers no reload at the first failure', async () => {
    const { Part } = flakyPart(1);
    renderPart(Part);
    expect(await screen.findByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Recharger/ })).not.toBeInTheDocument();
  });

  it('after « Réessayer » the focus goes to what takes its place: the new « Réessayer », then the part’s first control — never to <body>', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const Form = ({ name }: { name: string }) => <p>{name} <button type="button">Valider</button></p>;
    const Part = lazyPart((): Promise<{ Form: ComponentType<{ name: string }> }> => (calls++ < 2 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ Form })), 'Form');
    renderPart(Part);
    await user.click(await screen.findByRole('button', { name: 'Réessayer' }));
    const again = await screen.findByRole('button', { name: 'Réessayer' });
    await vi.waitFor(() => expect(again).toHaveFocus());
    await user.click(again);
    const control = await screen.findByRole('button', { name: 'Valider' });
    await vi.waitFor(() => expect(control).toHaveFocus());
  });

  it('after « Réessayer », a focus the user has put elsewhere meanwhile stays there', async () => {
    const user = userEvent.setup();
    let arrive: (module: { Greeting: typeof Greeting }) => void = () => {};
    let calls = 0;
    const Part = lazyPart((): Promise<{ Greeting: ComponentType<{ name: string }> }> => (calls++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : new Promise((resolve) => (arrive = resolve))), 'Greeting');
    renderWithStore(<main tabIndex={-1}><input aria-label="Quantité" /><Suspense fallback={null}><Part name="Lyon" /></Suspense></main>);
    await user.click(await screen.findByRole('button', { name: 'Réessayer' }));
    await user.click(screen.getByRole('textbox', { name: 'Quantité' }));
    arrive({ Greeting });
    await screen.findByText('Bonjour Lyon');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('textbox', { name: 'Quantité' })).toHaveFocus();
  });

  it('a part without controls, loaded after « Réessayer », hands the focus to the main region', async () => {
    const user = userEvent.setup();
    const { Part } = flakyPart(1);
    renderWithStore(<main tabIndex={-1}><Suspense fallback={<p>…</p>}><Part name="Lyon" /></Suspense></main>);
    await user.click(await screen.findByRole('button', { name: 'Réessayer' }));
    await screen.findByText('Bonjour Lyon');
    await vi.waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('says it in English on an English page', async () => {
    const { Part } = flakyPart(1);
    renderPart(Part, 'en');
    expect(await screen.findByText('This part of the page could not be loaded (connection lost?).', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
