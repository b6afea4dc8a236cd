import { fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { PrintHostSoon } from '../../src/app/print-host-soon';
import { loadPrintSheet, printReady } from '../../src/ui/devis-print-host';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

// This file's tests run in order on one module instance: neither the host's code nor the sheet's is loaded when the first
// starts (the page mounts the host a moment after the first screen: app/print-host-soon.tsx).

/** The browser's print: beforeprint, layout (the page's text is kept), dialog, afterprint. */
function stubBrowserPrint(): string[] {
  const printed: string[] = [];
  vi.spyOn(window, 'print').mockImplementation(() => {
    window.dispatchEvent(new Event('beforeprint'));
    printed.push((document.body.textContent ?? '').replace(/[\u00A0\u202F]/g, ' '));
    window.dispatchEvent(new Event('afterprint'));
  });
  return printed;
}

function renderHost() {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
  store.getState().selectModule('outscale-vm');
  store.getState().fillCustomer({ ...emptyCustomer(), company: 'Métropole de Lyon' });
  render(<StoreContext.Provider value={store}><PrintHostSoon /></StoreContext.Provider>);
}

const pressCtrlP = (init: KeyboardEventInit = { ctrlKey: true }) => fireEvent.keyDown(document.body, { key: 'p', ...init });

describe('Ctrl+P in the first moments', () => {
  beforeEach(() => vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('before the host’s and the sheet’s code are there, Ctrl+P is held back, the code fetched, then the page printed with the devis heading', async () => {
    const printed = stubBrowserPrint();
    renderHost();
    expect(pressCtrlP({})).toBe(true); // other keys are never held back
    expect(pressCtrlP({ ctrlKey: true, shiftKey: true })).toBe(true);
    expect(pressCtrlP()).toBe(false);
    expect(pressCtrlP()).toBe(false); // pressed twice while the code arrives: still one print
    expect(window.print).not.toHaveBeenCalled();
    await waitFor(() => expect(printed).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.print).toHaveBeenCalledTimes(1);
    expect(printed[0]).toMatch(/Devis n° CN-\d{8}-[0-9A-F]{8}/);
    expect(printed[0]).toContain('Métropole de Lyon');
    expect(printed[0]).toContain('Bon pour accord');
  });

  it('once the code is there, Ctrl+P (and ⌘P) is left to the browser', async () => {
    await loadPrintSheet();
    const printed = stubBrowserPrint();
    renderHost();
    await waitFor(() => expect(printReady()).toBe(true), { timeout: 3000 });
    expect(pressCtrlP()).toBe(true);
    expect(pressCtrlP({ metaKey: true })).toBe(true);
    expect(window.print).not.toHaveBeenCalled();
    expect(printed).toEqual([]);
  });
});
