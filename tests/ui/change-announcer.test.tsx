import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeAnnouncer } from '../../src/ui/change-announcer';
import { renderWithStore } from './render-with-store';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('the change announcer is one polite live region', () => {
  it('is on the page, empty, from the first render (screen readers follow only regions they saw arrive)', () => {
    renderWithStore(<ChangeAnnouncer />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveClass('visually-hidden');
  });

  it('says a change after the click, not inside it', async () => {
    const { store } = renderWithStore(<ChangeAnnouncer />);
    act(() => store.getState().selectModule('alinto-mail-essential'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Alinto Messagerie Essentielle ajouté. Total mensuel HT : 75,00 €.'));
  });

  it('says in English what changed, in the language of the page', async () => {
    const { store } = renderWithStore(<ChangeAnnouncer />, () => {}, 'en');
    act(() => store.getState().chooseTerm(12));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12-month commitment.'));
  });

  it('changes made before the words are written make one announcement', async () => {
    const { store } = renderWithStore(<ChangeAnnouncer />);
    act(() => {
      store.getState().selectModule('alinto-mail-essential');
      store.getState().chooseTerm(12);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Alinto Messagerie Essentielle ajouté. Engagement 12 mois. Total mensuel HT : 67,50 €.'));
  });

  it('stays silent on what is not the configuration (notes, sales mode, language)', async () => {
    const { store } = renderWithStore(<ChangeAnnouncer />);
    act(() => {
      store.getState().writeNotes('à rappeler');
      store.getState().toggleSalesMode();
      store.getState().switchLanguage('en');
    });
    await nextFrame();
    await nextFrame();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('listens to the store while on the page, and no longer once it leaves', () => {
    let listening = 0;
    const { unmount } = renderWithStore(<ChangeAnnouncer />, (store) => {
      const subscribe = store.subscribe;
      store.subscribe = (listener) => {
        const unsubscribe = subscribe(listener);
        listening += 1;
        return () => {
          listening -= 1;
          unsubscribe();
        };
      };
    });
    expect(listening).toBe(1);
    unmount();
    expect(listening).toBe(0);
  });
});
