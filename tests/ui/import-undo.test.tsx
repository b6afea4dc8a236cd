import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
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
  render(<StoreContext.Provider value={store}><NoticeList /><DocumentsPanel /></StoreContext.Provider>);
  await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), new File([JSON.stringify(xwiki)], 'xwiki.json', { type: 'application/json' }));
  await waitFor(() => expect(modules(store.getState().configuration)).toEqual(['xwiki-knowledge']));
  return { store, before };
}

const modules = (configuration: Configuration) => configuration.items.map((i) => i.module);

describe('« Annuler l’import »', () => {
  it('puts back the configuration from before the import, though a module was ticked since', async () => {
    const { store, before } = await importOverCryptPadAndAlinto();
    store.getState().selectModule('glowbl-meetings');
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(store.getState().configuration).toEqual(before);
    expect(modules(store.getState().configuration)).toEqual(['cryptpad-team', 'alinto-mail-essential']);
  });

  it('is one change: Ctrl+Z (undo) brings back the import and what was done after it', async () => {
    const { store } = await importOverCryptPadAndAlinto();
    store.getState().selectModule('glowbl-meetings');
    const afterImport = store.getState().configuration;
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    store.getState().undo();
    expect(store.getState().configuration).toEqual(afterImport);
  });

  it('right after the import, restores the same configuration and leaves no empty step when the import was already undone', async () => {
    const { store, before } = await importOverCryptPadAndAlinto();
    store.getState().undo();
    const steps = store.getState().history.past.length;
    await userEvent.click(screen.getByRole('button', { name: 'Annuler l’import' }));
    expect(store.getState().configuration).toEqual(before);
    expect(store.getState().history.past.length).toBe(steps);
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

