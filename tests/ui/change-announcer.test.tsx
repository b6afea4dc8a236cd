import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { keepAnnouncing } from '../../src/ui/change-announcement';
import { ChangeAnnouncer } from '../../src/ui/change-announcer';
import { renderWithStore } from './render-with-store';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

let stop = () => {};
afterEach(() => stop());

/** The region on the page, and its writer started on the store (as app/later-behaviours does after the first screen). */
function renderAnnouncer(lang: 'fr' | 'en' = 'fr') {
  const rendered = renderWithStore(<ChangeAnnouncer />, () => {}, lang);
  stop = keepAnnouncing(rendered.store);
  return rendered;
}

describe('the change announcer is one polite live region', () => {
  it('is on the page, empty, from the first render (screen readers follow only regions they saw arrive)', () => {
    renderWithStore(<ChangeAnnouncer />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveClass('visually-hidden');
  });

  it('says a change after the click, not inside it', async () => {
    const { store } = renderAnnouncer();
    act(() => store.getState().selectModule('alinto-mail-essential'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Module Alinto Messagerie Essentielle ajouté. Total mensuel HT : 75,00 €.'));
  });

  it('says in English what changed, in the language of the page', async () => {
    const { store } = renderAnnouncer('en');
    act(() => store.getState().chooseTerm(12));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12-month commitment.'));
  });

  it('changes made before the words are written make one announcement', async () => {
    const { store } = renderAnnouncer();
    act(() => {
      store.getState().selectModule('alinto-mail-essential');
      store.getState().chooseTerm(12);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Module Alinto Messagerie Essentielle ajouté. Engagement 12 mois. Total mensuel HT : 67,50 €.'));
  });

  it('changes made while its code was on its way are said as one, once it has arrived', async () => {
    const { store } = renderWithStore(<ChangeAnnouncer />);
    const since = store.getState();
    act(() => {
      store.getState().selectModule('alinto-mail-essential');
      store.getState().chooseTerm(12);
    });
    stop = keepAnnouncing(store, since);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Module Alinto Messagerie Essentielle ajouté. Engagement 12 mois. Total mensuel HT : 67,50 €.'));
  });

  it('stays silent on what is not the configuration (notes, sales mode, language)', async () => {
    const { store } = renderAnnouncer();
    act(() => {
      store.getState().writeNotes('à rappeler');
      store.getState().toggleSalesMode();
      store.getState().switchLanguage('en');
    });
    await nextFrame();
    await nextFrame();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('empties on a switch of language: its French sentence would be read in the English voice', async () => {
    const { store } = renderAnnouncer();
    act(() => store.getState().selectModule('cryptpad-team'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Module CryptPad Équipe ajouté/));
    act(() => store.getState().switchLanguage('en'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('QA: empties when another store comes on screen (the data erased): its last sentence was about the quote before', async () => {
    const { store } = renderAnnouncer();
    act(() => store.getState().selectModule('cryptpad-team'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Module CryptPad Équipe ajouté/));
    stop();
    stop = keepAnnouncing(createConfiguratorStore({ catalog: store.getState().catalog, lang: 'fr' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('listens to the store until stopped', () => {
    let listening = 0;
    const { store } = renderWithStore(<ChangeAnnouncer />, (s) => {
      const subscribe = s.subscribe;
      s.subscribe = (listener) => {
        const unsubscribe = subscribe(listener);
        listening += 1;
        return () => {
          listening -= 1;
          unsubscribe();
        };
      };
    });
    const stopAnnouncing = keepAnnouncing(store);
    expect(listening).toBe(1);
    stopAnnouncing();
    expect(listening).toBe(0);
  });
});
