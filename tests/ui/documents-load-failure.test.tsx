import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

/** What the page's code throws: the PDF's or the import's chunk did not download, or a failure once loaded. */
const failure = vi.hoisted(() => ({ error: new Error('unset') as unknown }));
vi.mock('../../src/ui/export-documents', () => ({ documentFile: () => Promise.reject(failure.error) }));
vi.mock('../../src/ui/export-import', () => ({ readImportedFile: () => Promise.reject(failure.error) }));

const LOST = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/devis-pdf-B2YLGWoX.js');

function renderPanel(lang: Language) {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  store.getState().selectModule('outscale-vm');
  render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
}

describe('the Documents panel when a part of its code does not download', () => {
  beforeEach(() => {
    failure.error = LOST;
  });

  it.each<[Language, string, string]>([
    ['fr', 'Télécharger le devis (PDF)', 'Le document n’a pas pu être produit : une partie de la page n’a pas pu être chargée (connexion interrompue ?). Réessayez.'],
    ['en', 'Download the quote (PDF)', 'The document could not be produced: part of the page could not be loaded (connection lost?). Try again.'],
  ])('says so in words (%s), without the browser’s text or the file’s address', async (lang, button, text) => {
    renderPanel(lang);
    await userEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/http|Failed to fetch|\.js/);
  });

  it('still gives the error of code that failed once loaded (a fault to report, not a connection to retry)', async () => {
    failure.error = new TypeError('Cannot read properties of undefined');
    renderPanel('fr');
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le devis (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le document n’a pas pu être produit (Cannot read properties of undefined). Réessayez.');
  });

  it.each<[Language, string, string]>([
    ['fr', 'Importer un fichier JSON', 'Le fichier offre.json n’a pas été importé : une partie de la page n’a pas pu être chargée (connexion interrompue ?). Réessayez.'],
    ['en', 'Import a JSON file', 'The file offre.json was not imported: part of the page could not be loaded (connection lost?). Try again.'],
  ])('says an import could not be read for that reason (%s)', async (lang, label, text) => {
    renderPanel(lang);
    await userEvent.upload(screen.getByLabelText(label), new File(['{"items":[]}'], 'offre.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });
});
