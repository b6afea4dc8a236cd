import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { createConfiguratorStore, type ConfiguratorStore } from '../../src/store/configurator-store';
import { DevisPrintHost, loadPrintSheet } from '../../src/ui/devis-print-host';
import { devisOf } from '../../src/ui/devis-source';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

/** Counts the devis computations: the sheet must compute none until a print starts. */
vi.mock('../../src/ui/devis-source', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/devis-source')>();
  return { ...original, devisOf: vi.fn(original.devisOf) };
});

const sheetText = () => [...document.querySelectorAll('.devis-print-only')].map((e) => e.textContent ?? '').join('\n');

/** What a print would lay out: the page's text (plain spaces) as it is once every `beforeprint` listener has run. */
function printedPage(): string {
  let printed = '';
  const capture = () => (printed = (document.body.textContent ?? '').replace(/[\u00A0\u202F]/g, ' '));
  window.addEventListener('beforeprint', capture);
  window.dispatchEvent(new Event('beforeprint'));
  window.removeEventListener('beforeprint', capture);
  return printed;
}

function renderHost(prepare: (store: ConfiguratorStore) => void = () => {}) {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
  prepare(store);
  const commits = vi.fn();
  render(
    <StoreContext.Provider value={store}>
      <main>Devis à l’écran</main>
      <Profiler id="print" onRender={commits}><DevisPrintHost /></Profiler>
    </StoreContext.Provider>,
  );
  return { store, commits };
}

/** Renders the host, then lets the page sit past every deadline of the sheet's loading (idle, at most 2.5 s; the old code rendered it at 3 s). */
async function renderSettled(prepare?: (store: ConfiguratorStore) => void) {
  vi.useFakeTimers();
  try {
    const rendered = renderHost(prepare);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await act(() => loadPrintSheet());
    return rendered;
  } finally {
    vi.useRealTimers();
  }
}

const bundle = (store: ConfiguratorStore) => {
  store.getState().selectModule('outscale-vm');
  store.getState().fillCustomer({ ...emptyCustomer(), company: 'Métropole de Lyon', address: '20 rue du Lac\n69003 Lyon' });
};

describe('the Ctrl+P devis sheet', () => {
  // beforeprint is dispatched as the browser does, outside act(): the sheet must be there synchronously.
  beforeEach(() => vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.mocked(devisOf).mockClear();
  });

  it('is absent from the page until a print starts, even once its code is loaded', async () => {
    await renderSettled(bundle);
    expect(document.querySelector('.devis-print-only')).toBeNull();
    expect(document.body).not.toHaveTextContent('Devis n°');
    expect(devisOf).not.toHaveBeenCalled();
  });

  it('is in the page laid out for print, synchronously in beforeprint: number, issue date, both parties, payment terms and signature', async () => {
    renderHost(bundle);
    await loadPrintSheet();
    const printed = printedPage();
    for (const mention of [/Devis n° CN-\d{8}-[0-9A-F]{8}/, /Date d’émission/, /Valable 30 jours/, /Vendeur/, /CollabNext \(consortium mené par Jamespot\)/,
      /SIREN : 900 000 001/, /Client/, /Métropole de Lyon/, /69003 Lyon/, /Conditions de paiement/, /Bon pour accord/]) {
      expect(printed).toMatch(mention);
    }
    // the heading before the rest of the page, the legal mentions after it
    expect(document.body.firstElementChild).toHaveClass('devis-print-start');
    expect(document.body.firstElementChild).toHaveTextContent('Métropole de Lyon');
    expect(document.body.lastElementChild).toHaveClass('devis-print-end');
    expect(document.body.lastElementChild).toHaveTextContent('Bon pour accord');
    expect(devisOf).toHaveBeenCalledTimes(1);
  });

  it('links « Rouvrir cette configuration » to the configuration, and sets a base apart from the page only while printing (Chromium drops a printed link to the page itself)', async () => {
    renderHost(bundle);
    await loadPrintSheet();
    printedPage();
    const link = document.querySelector<HTMLAnchorElement>('.devis-print-foot a');
    expect(link?.textContent).toMatch(/^http:\/\/localhost(:\d+)?\/#\w+/);
    expect(link?.getAttribute('href')).toBe(link?.textContent);
    expect(document.querySelector('base')?.href).toBe(`${document.URL.split('#')[0] ?? ''}?`);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await waitFor(() => expect(document.querySelector('base')).toBeNull());
  });

  it('carries the catalog revision, as the PDF does, and every page’s foot (devis number, « Page n / N ») for the page’s margin boxes', async () => {
    renderHost(bundle);
    await loadPrintSheet();
    const printed = printedPage();
    expect(printed).toContain('Révision du catalogue 2026-11');
    const number = /Devis n° (CN-\d{8}-[0-9A-F]{8})/.exec(printed)?.[1];
    const footer = document.querySelector('style[data-devis-print-footer]')?.textContent ?? '';
    expect(footer).toContain(`@bottom-left { content: "Devis n° ${number ?? '?'} — CollabNext`);
    expect(footer).toContain('@bottom-right { content: "Page " counter(page) " / " counter(pages); }');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await waitFor(() => expect(document.querySelector('style[data-devis-print-footer]')).toBeNull());
  });

  it('says under « Client » which required details are still to complete, rather than leaving the block empty', async () => {
    renderHost((store) => store.getState().selectModule('outscale-vm'));
    await loadPrintSheet();
    printedPage();
    const customer = [...document.querySelectorAll('.devis-print-parties section')].find((s) => s.querySelector('h2')?.textContent === 'Client');
    expect(customer?.textContent?.replace(/[\u00A0\u202F]/g, ' ')).toBe('ClientÀ compléter : raison sociale, SIREN ou SIRET, nom du contact, e-mail, adresse');
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('is gone after afterprint, and the next print shows the configuration of that moment', async () => {
    const { store } = renderHost(bundle);
    await loadPrintSheet();
    printedPage();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await waitFor(() => expect(document.querySelector('.devis-print-only')).toBeNull());
    store.getState().fillCustomer({ ...emptyCustomer(), company: 'Région Occitanie' });
    expect(printedPage()).toContain('Région Occitanie');
    expect(sheetText()).not.toContain('Métropole de Lyon');
  });

  it('is not rendered, nor the devis computed, by changes to the configuration and the customer', async () => {
    const { store, commits } = await renderSettled();
    commits.mockClear();
    act(() => {
      bundle(store);
      store.getState().selectModule('cryptpad-team');
      store.getState().chooseTerm(36);
      store.getState().removeModule('cryptpad-team');
    });
    expect(commits).not.toHaveBeenCalled();
    expect(devisOf).not.toHaveBeenCalled();
    expect(document.querySelector('.devis-print-only')).toBeNull();
  });

  it('follows the language of the page at the moment of printing', async () => {
    const { store } = renderHost(bundle);
    await loadPrintSheet();
    store.getState().switchLanguage('en');
    const printed = printedPage();
    for (const mention of [/Quote no\. CN-\d{8}-[0-9A-F]{8}/, /Seller/, /Customer/, /Payment terms/, /Agreed and accepted/]) expect(printed).toMatch(mention);
    expect(printed).not.toContain('Conditions de paiement');
  });

  it('prints nothing extra for an empty configuration', async () => {
    renderHost();
    await loadPrintSheet();
    expect(printedPage()).not.toContain('Devis n°');
  });

  it('the print button prints with the sheet in the page, and without it afterwards', async () => {
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    bundle(store);
    const printed: string[] = [];
    // The browser's print: beforeprint, layout, dialog, afterprint.
    vi.spyOn(window, 'print').mockImplementation(() => {
      printed.push(printedPage());
      window.dispatchEvent(new Event('afterprint'));
    });
    render(<StoreContext.Provider value={store}><DevisPrintHost /><DocumentsPanel /></StoreContext.Provider>);
    await userEvent.click(screen.getByRole('button', { name: 'Imprimer le devis' }));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toMatch(/Devis n° CN-\d{8}-[0-9A-F]{8}/);
    expect(printed[0]).toContain('Métropole de Lyon');
    await waitFor(() => expect(document.querySelector('.devis-print-only')).toBeNull());
  });
});
