import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { HistoryControls } from '../../src/ui/history-controls';
import { NoticeList } from '../../src/ui/notice-list';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

/** QA's file: XWiki Base de connaissances ×60. */
const xwiki = { catalog: '2026-11', items: [{ module: 'xwiki-knowledge', quantity: 60 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };

/** The Documents panel and the notices over one store holding CryptPad Équipe and Alinto Messagerie Essentielle; then QA's file imported. */
async function importOverCryptPadAndAlinto() {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
  store.getState().selectModule('cryptpad-team');
  store.getState().selectModule('alinto-mail-essential');
  const before = store.getState().configuration;
  render(<StoreContext.Provider value={store}><HistoryControls /><NoticeList /><DocumentsPanel /></StoreContext.Provider>);
  await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), new File([JSON.stringify(xwiki)], 'xwiki.json', { type: 'application/json' }));
  await waitFor(() => expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']));
  return { store, before };
}

const modules = (configuration: Configuration) => configuration.items.map((i) => i.module);

/** The history's own buttons, not the notice's « Annuler l’import ». */
const history = (name: 'Annuler' | 'Rétablir') => within(screen.getByRole('group', { name: 'Historique des modifications' })).getByRole('button', { name });
const importClaimed = () => screen.queryAllByText(/Configuration importée/).length > 0;

describe('« Annuler l’import »', () => {
  it('puts back the configuration from before the import, though a module was ticked since', async () => {
    const { store, before } = await importOverCryptPadAndAlinto();
    store.getState().selectModule('glowbl-meetings');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(store.getState().configuration).toEqual(before);
    expect(modules(store.getState().configuration)).toEqual(['cryptpad-team', 'alinto-mail-essential']);
  });

  it('QA: says that the changes made since the import went with it, and how to get them back', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    store.getState().selectModule('glowbl-meetings');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(screen.getByText(/^Import de xwiki\.json annulé/)).toHaveTextContent(/est rétablie, sans les modifications faites depuis\. « Annuler » \(Ctrl\+Z\) les rétablit\.$/);
  });

  it('says nothing of later changes when there were none', async () => {
    await importOverCryptPadAndAlinto();
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(screen.getByText(/^Import de xwiki\.json annulé/)).toHaveTextContent(/d’avant l’import est rétablie\.$/);
  });

  it('is one change: Ctrl+Z (undo) brings back the import and what was done after it', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    store.getState().selectModule('glowbl-meetings');
    const afterImport = store.getState().configuration;
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    store.getState().undo();
    expect(store.getState().configuration).toEqual(afterImport);
  });

  it('QA: says in a notice of its own that the import was undone, which takes the focus; the panel no longer says the file is imported', async () => {
    await importOverCryptPadAndAlinto();
    const status = document.querySelector('.documents-status');
    expect(status).toHaveTextContent('Configuration importée depuis xwiki.json. Votre configuration précédente reste récupérable.');
    screen.getByRole('button', { name: 'Annuler l’import' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(status).toHaveTextContent('');
    expect(screen.queryByText(/Configuration importée/)).toBeNull();
    // Compared with its spaces collapsed, the non-breaking one before « : » too.
    const undone = 'Import de xwiki.json annulé : la configuration d’avant l’import est rétablie.';
    expect(screen.getByText(undone)).toBeInTheDocument();
    // On its « Fermer », which its sentence describes: a screen reader says what happened, and the ring shows where.
    const close = screen.getByRole('button', { name: 'Fermer' });
    expect(close).toHaveFocus();
    expect(close).toHaveAccessibleDescription(/^Import de xwiki\.json annulé.: la configuration d’avant l’import est rétablie\.$/);
  });
});


describe('an import undone through the history', () => {
  it('QA: once the history steps back before the import, neither its notice nor the Documents panel says the file is imported', async () => {
    const { store, before } = await importOverCryptPadAndAlinto();
    expect(importClaimed()).toBe(true);
    await userEvent.click(history('Annuler'));
    expect(store.getState().configuration).toEqual(before);
    expect(importClaimed()).toBe(false);
    expect(screen.queryByRole('button', { name: 'Annuler l’import' })).toBeNull();
  });

  it('QA: an undo of a change made after the import leaves the import said; the next one, which takes the import back, does not', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    store.getState().selectModule('glowbl-meetings');
    await userEvent.click(history('Annuler'));
    expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']);
    expect(screen.getByRole('button', { name: 'Annuler l’import' })).toBeInTheDocument();
    expect(importClaimed()).toBe(true);
    await userEvent.click(history('Annuler'));
    expect(importClaimed()).toBe(false);
  });

  it('a redo brings the imported configuration back, without the notice: the history now holds both ways', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    await userEvent.click(history('Annuler'));
    await userEvent.click(history('Rétablir'));
    expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']);
    expect(importClaimed()).toBe(false);
    // Nothing left that could put back, later, a configuration from before an import the buyer already went past.
    store.getState().selectModule('glowbl-meetings');
    expect(screen.queryByRole('button', { name: 'Annuler l’import' })).toBeNull();
  });

  it('a notice closed with « Fermer » leaves the panel’s line, which goes when the history steps back before the import', async () => {
    await importOverCryptPadAndAlinto();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(document.querySelector('.documents-status')).toHaveTextContent('Configuration importée depuis xwiki.json');
    await userEvent.click(history('Annuler'));
    expect(importClaimed()).toBe(false);
  });

  it('Ctrl+Z after « Annuler l’import » takes away the notice saying the import was undone, no longer true', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(screen.getByText(/^Import de xwiki\.json annulé/)).toBeInTheDocument();
    await userEvent.click(history('Annuler'));
    expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']);
    expect(screen.queryByText(/^Import de xwiki\.json annulé/)).toBeNull();
  });
});

describe('the draft an import, or its undo, replaces, kept by the page', () => {
  /** The panel over CryptPad Équipe, given a page that records what it is handed to keep; then QA's file imported. */
  async function importRecording() {
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    store.getState().selectModule('cryptpad-team');
    const handed: Array<{ shown: string[]; replacement: string[]; why: string }> = [];
    const keepReplaced = (shown: { configuration: Configuration }, replacement: Configuration, why: string) => void handed.push({ shown: modules(shown.configuration), replacement: modules(replacement), why });
    render(<StoreContext.Provider value={store}><HistoryControls /><NoticeList /><DocumentsPanel keepReplaced={keepReplaced} /></StoreContext.Provider>);
    await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), new File([JSON.stringify(xwiki)], 'xwiki.json', { type: 'application/json' }));
    await waitFor(() => expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']));
    return { store, handed };
  }

  it('is handed to the page before the import replaces it, with the file’s configuration', async () => {
    const { handed } = await importRecording();
    expect(handed).toEqual([{ shown: ['cryptpad-team'], replacement: ['xwiki-knowledge'], why: 'import' }]);
  });

  it('QA: with changes made since the import, is handed again before « Annuler l’import » takes them away', async () => {
    const { store, handed } = await importRecording();
    store.getState().selectModule('glowbl-meetings');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(handed.at(-1)).toEqual({ shown: ['xwiki-knowledge', 'glowbl-meetings'], replacement: ['cryptpad-team'], why: 'import-undone' });
  });

  it('is not handed again by an undo with no change since the import: the file holds that configuration', async () => {
    const { handed } = await importRecording();
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(handed.map(({ why }) => why)).toEqual(['import']);
  });
});

describe('two imports in a row', () => {
  it('QA: the second ends the first one’s notice: its « Annuler l’import » would take back both without saying so', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    const glowbl = { ...xwiki, items: [{ module: 'glowbl-meetings', quantity: 10 }] };
    await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), new File([JSON.stringify(glowbl)], 'glowbl.json', { type: 'application/json' }));
    await waitFor(() => expect(modules(store.getState().configuration)).toEqual(['glowbl-meetings']));
    expect(screen.getAllByRole('button', { name: 'Annuler l’import' })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']);
    expect(screen.queryByRole('button', { name: 'Annuler l’import' })).toBeNull();
  });
});
