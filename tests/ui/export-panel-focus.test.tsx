import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

const vm: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };

describe('the Documents panel while a document is being built', () => {
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
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    store.getState().replaceConfiguration(vm);
    render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
    const pdf = screen.getByRole('button', { name: 'Télécharger le devis (PDF)' });
    pdf.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Préparation du document…');
    expect(pdf).toHaveFocus();
    expect(pdf).not.toBeDisabled();
    expect(pdf).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeDisabled();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/téléchargé/), { timeout: 10_000 });
    expect(saved).toHaveLength(1);
    expect(pdf).toHaveFocus();
    expect(pdf).not.toHaveAttribute('aria-disabled');
  });
});
