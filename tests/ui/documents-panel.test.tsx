import { Profiler } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { emptyCustomer } from '../../src/domain/customer';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore, noticeWords, type ConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';
import { afterFrame } from './frame';

const catalog = defaultCatalog();
const vm: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };

function renderPanel(lang: Language = 'fr', prepare: (store: ConfiguratorStore) => void = () => {}) {
  const store = createConfiguratorStore({ catalog, lang });
  prepare(store);
  render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
  return store;
}

const jsonFile = (name: string, content: unknown) => new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

describe('the Documents panel', () => {
  let saved: Blob[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:devis';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the focus on the button pressed, marked unavailable, ignores a second press, and is available again once done', async () => {
    renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    const pdf = screen.getByRole('button', { name: 'Télécharger le devis (PDF)' });
    pdf.focus();
    // Pressed and looked at with nothing awaited between: once another test file has made a PDF (code and fonts
    // loaded), the document is done within the few ticks userEvent waits after a key, before the test could look.
    fireEvent.click(pdf);
    expect(screen.getByRole('status')).toHaveTextContent('Préparation du document…');
    expect(pdf).toHaveFocus();
    expect(pdf).not.toBeDisabled();
    expect(pdf).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeDisabled();
    fireEvent.click(pdf);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/téléchargé/), { timeout: 10_000 });
    expect(saved).toHaveLength(1);
    expect(pdf).toHaveFocus();
    expect(pdf).not.toHaveAttribute('aria-disabled');
  });

  it.each([
    ['fr', 'Télécharger le devis (PDF)', 'Le PDF n’a pas de police pour ces caractères : «\u00a0ش ر ك ة ا ل خ ت …\u00a0» ; ils y sont imprimés « ? ». La feuille imprimée (Ctrl+P) les garde.'],
    ['en', 'Download the quote (PDF)', 'The PDF has no font for these characters: “ش ر ك ة ا ل خ ت …”; they print as “?” in it. The printed sheet (Ctrl+P) keeps them.'],
  ] as const)('says which characters of the customer’s details the PDF prints as « ? » (QA: an Arabic name printed « ???? » unsaid) (%s)', async (lang, button, said) => {
    renderPanel(lang, (s) => {
      s.getState().replaceConfiguration(vm);
      s.getState().fillCustomer({ ...emptyCustomer(), company: 'شركة الاختبار', contactName: 'דוד' });
    });
    await userEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(lang === 'fr' ? /téléchargé/ : /downloaded/), { timeout: 10_000 });
    const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaced(screen.getByRole('status').textContent ?? '')).toContain(spaced(said));
  });

  it('says nothing of the kind when every character prints', async () => {
    renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le devis (PDF)' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/téléchargé/), { timeout: 10_000 });
    expect(screen.getByRole('status')).not.toHaveTextContent('police');
  });

  it('offers its four documents and a labelled file input; nothing to download while no module is chosen', () => {
    renderPanel();
    for (const name of ['Télécharger le devis (PDF)', 'Exporter en CSV', 'Exporter en JSON', 'Imprimer le devis']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    expect(screen.getByLabelText('Importer un fichier JSON')).toHaveAttribute('type', 'file');
    expect(screen.getByText('Choisissez au moins un module pour produire un devis.')).toBeInTheDocument();
  });

  it('downloads the CSV named after the devis number, and says which customer details are missing', async () => {
    renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    await userEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Fichier téléchargé : devis-CN-\d{8}-[0-9A-F]{8}\.csv\./));
    expect(screen.getByRole('status')).toHaveTextContent('Informations client à compléter avant l’envoi : raison sociale, SIREN ou SIRET, nom du contact, e-mail, adresse.');
    const csv = await saved[0]?.text();
    expect(csv).toContain(';Outscale Machines virtuelles;3DS Outscale;4;machines virtuelles;89,00;356,00;\r\n');
  });

  it('says which customer details are missing before any download, and stops once they are filled in', async () => {
    const store = renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    expect(screen.getByText(/^Coordonnées du client manquantes/)).toHaveTextContent(
      'Coordonnées du client manquantes : raison sociale, SIREN ou SIRET, nom du contact, e-mail, adresse. Le devis les indique « À compléter »',
    );
    expect(screen.getByRole('button', { name: 'Télécharger le devis (PDF)' })).toBeEnabled();
    act(() => store.getState().fillCustomer({ ...store.getState().customer, company: 'Métropole de Lyon', siret: '200046977', contactName: 'Camille Martin', email: 'c.martin@example.fr' }));
    // One field left: the sentence is singular, its pronouns too.
    expect(screen.getByText(/^Coordonnée du client manquante/)).toHaveTextContent(
      'Coordonnée du client manquante : adresse. Le devis l’indique « À compléter » ; renseignez-la dans le formulaire client avant l’envoi.',
    );
    act(() => store.getState().fillCustomer({ ...store.getState().customer, address: '20 rue du Lac, 69003 Lyon' }));
    expect(screen.queryByText(/Coordonnées? du client manquantes?/)).not.toBeInTheDocument();
  });

  it('says nothing about the customer while there is no quote to produce', () => {
    renderPanel();
    expect(screen.queryByText(/Coordonnées du client manquantes/)).not.toBeInTheDocument();
  });

  it('imports an export: the configuration is replaced, a notice offers « Annuler l’import », which restores the draft', async () => {
    const store = renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    const other = { format: 'collabnext-export/1', configuration: { ...vm, items: [{ module: 'cryptpad-team', quantity: 30 }] } };
    await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), jsonFile('offre.json', other));
    await waitFor(() => expect(store.getState().configuration.items).toEqual([{ module: 'cryptpad-team', quantity: 30 }]));
    expect(screen.getByRole('status')).toHaveTextContent('Configuration importée depuis offre.json. Votre configuration précédente reste récupérable.');
    const notice = store.getState().notices.at(-1);
    expect(noticeWords(notice?.action?.label ?? '', 'fr')).toBe('Annuler l’import');
    notice?.action?.run();
    expect(store.getState().configuration).toEqual(vm);
  });

  it('QA: words its line and the import notice in the language on screen, switched after the import', async () => {
    const store = renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), jsonFile('offre.json', { items: [{ module: 'cryptpad-team', quantity: 30 }] }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Configuration importée depuis offre.json.'));
    act(() => store.getState().switchLanguage('en'));
    expect(screen.getByRole('status')).toHaveTextContent('Configuration imported from offre.json. Your previous configuration can still be restored.');
    const notice = store.getState().notices.at(-1);
    expect(noticeWords(notice?.text ?? '', 'en')).toBe('Configuration imported from offre.json. Your previous configuration can still be restored.');
    expect(noticeWords(notice?.action?.label ?? '', 'en')).toBe('Undo the import');
  });

  it('QA: says nothing more of an import once another store is on screen (the buyer’s data erased)', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const view = render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
    await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), jsonFile('offre.json', { items: [{ module: 'cryptpad-team', quantity: 30 }] }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('reste récupérable'));
    view.rerender(<StoreContext.Provider value={createConfiguratorStore({ catalog, lang: 'fr' })}><DocumentsPanel /></StoreContext.Provider>);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('imports a file of another catalog revision onto today’s, and says what changed', async () => {
    const store = renderPanel('fr', (s) => s.getState().replaceConfiguration(vm));
    const old = { catalog: '2025-06', items: [{ module: 'outscale-gpu', quantity: 1 }, { module: 'cryptpad-team', quantity: 30 }] };
    await userEvent.upload(screen.getByLabelText('Importer un fichier JSON'), jsonFile('ancien.json', old));
    await waitFor(() => expect(store.getState().configuration.items).toEqual([{ module: 'cryptpad-team', quantity: 30 }]));
    const notice = store.getState().notices.at(-1);
    expect(notice?.tone).toBe('warning');
    expect(noticeWords(notice?.text ?? '', 'fr')).toBe(
      'Configuration importée depuis ancien.json, faite sur le catalogue 2025-06\u00A0: elle est re-chiffrée sur le catalogue du jour (2026-11). Le module outscale-gpu n’est plus proposé\u00A0: il a été retiré. Votre configuration précédente reste récupérable.',
    );
  });

  it.each<[Language, unknown, string]>([
    ['fr', '{"items": [', /^Le fichier cassé.json n’a pas été importé : ce n’est pas un fichier JSON valide \(le texte devient illisible ligne 1, colonne 12\)\. Corrigez le fichier/.source],
    ['fr', { items: [{ module: 'outscale-vm', quantity: 501 }] },
      '^Le fichier cassé.json n’a pas été importé : la quantité d’Outscale Machines virtuelles doit être comprise entre 1 et 500 ; le fichier indique 501\\.$'],
    ['fr', { items: [], salesDiscountBp: 12_000 }, '^Le fichier cassé.json n’a pas été importé : la remise commerciale dépasse 100 % : elle s’écrit en points de base'],
    ['en', { items: [], termMonths: 24 }, '^The file cassé.json was not imported: a 24-month commitment is not offered; use 1, 12 or 36 months\\.$'],
    ['en', { format: 'collabnext-catalog/1' }, '^The file cassé.json was not imported: it is a catalogue, not a configuration\\. Choose a file exported by “Export as JSON”\\.$'],
  ])('refuses a broken file (%s) with a specific message in role=alert, and leaves the draft alone', async (lang, content, message) => {
    const store = renderPanel(lang, (s) => s.getState().replaceConfiguration(vm));
    await userEvent.upload(screen.getByLabelText(lang === 'fr' ? 'Importer un fichier JSON' : 'Import a JSON file'), jsonFile('cassé.json', content));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(new RegExp(message)));
    expect(store.getState().configuration).toEqual(vm);
  });
});

describe('the Documents panel on a module toggle', () => {
  it('is not drawn again when the quote stays priced (it was at every toggle: 1 ms of the click, re-checking the customer)', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    store.getState().replaceConfiguration(vm);
    let draws = 0;
    render(<StoreContext.Provider value={store}><Profiler id="documents" onRender={() => { draws += 1; }}><DocumentsPanel /></Profiler></StoreContext.Provider>);
    const before = draws;
    act(() => store.getState().selectModule('outscale-storage'));
    act(() => store.getState().removeModule('outscale-storage'));
    await afterFrame();
    expect(draws).toBe(before);
    // What it shows still follows: emptied, it says so.
    act(() => store.getState().removeModule('outscale-vm'));
    // As the quote beside it, one frame later (ui/after-frame.ts).
    await afterFrame();
    expect(draws).toBeGreaterThan(before);
    expect(screen.getByRole('button', { name: 'Télécharger le devis (PDF)' })).toHaveAttribute('aria-disabled', 'true');
  });
});
