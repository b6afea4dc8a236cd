import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOTES_MAX_LENGTH } from '../../src/domain/draft-details';
import { splitByVendor } from '../../src/domain/vendor-split';
import { APPLY_AFTER_MS } from '../../src/ui/use-typed-edit';
import { defaultCatalog } from '../fixtures/catalogs';
import { expectedQuote, plain, renderQuotePanel, shownTotals } from './quote-test-kit';
import { afterFrame } from './frame';

/** A valid bundle from four vendors of the default catalog, in sales mode. */
async function salesBundle(prepare: Parameters<typeof renderQuotePanel>[1] = () => {}) {
  const rendered = renderQuotePanel(defaultCatalog(), (s) => {
    for (const id of ['alinto-mail-business', 'cryptpad-team', 'xwiki-knowledge', 'outscale-vm', 'wallix-trustelem']) s.getState().selectModule(id);
    s.getState().chooseTerm(12);
    s.getState().toggleSalesMode();
    prepare(s);
  });
  // The sales tools load on demand (React.lazy): wait for them.
  await screen.findByRole('heading', { name: 'Outils commerciaux' });
  return rendered;
}

const discountField = () => screen.getByLabelText('Remise commerciale (%)');

describe('sales mode switch', () => {
  it('is a visible switch, off by default, that shows the sales tools', async () => {
    const user = userEvent.setup();
    const { store } = renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    const toggle = screen.getByRole('switch', { name: 'Mode commercial' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByLabelText('Remise commerciale (%)')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(store.getState().salesMode).toBe(true);
    expect(toggle).toBeChecked();
    expect(await screen.findByRole('heading', { name: 'Outils commerciaux' })).toBeInTheDocument();
    expect(screen.getByText(/pas une protection/)).toBeInTheDocument();
    await user.click(toggle);
    expect(store.getState().salesMode).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Outils commerciaux' })).not.toBeInTheDocument();
  });
});

describe('negotiated discount', () => {
  it('converts 12,5 % into 1250 basis points and the totals follow computeQuote', async () => {
    const user = userEvent.setup();
    const { store, container } = await salesBundle();
    await user.clear(discountField());
    await user.type(discountField(), '12,5{Enter}');
    expect(store.getState().configuration.salesDiscountBp).toBe(1250);
    await afterFrame();
    const quote = expectedQuote(store);
    expect(shownTotals(container).salesDiscount).toBe(quote.totals.salesDiscount);
    expect(shownTotals(container).monthlyNet).toBe(quote.totals.monthlyNet);
    expect(screen.getByText(/Remise commerciale \(12,5/)).toBeInTheDocument();
  });

  it.each([['12.5', 1250], ['7', 700], ['0,01', 1], ['100', 10000], ['', 0]])('reads %j as %i bp', async (typed, basisPoints) => {
    const user = userEvent.setup();
    const { store } = await salesBundle((s) => s.getState().negotiateDiscount(300));
    await user.clear(discountField());
    if (typed !== '') await user.type(discountField(), typed);
    await user.keyboard('{Enter}');
    expect(store.getState().configuration.salesDiscountBp).toBe(basisPoints);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['12,345', 'Deux décimales au plus'],
    ['150', 'comprise entre 0 et 100'],
    ['douze', 'n’est pas un pourcentage'],
  ])('refuses %j pasted over the field, says why inline and keeps the stored discount', async (typed, why) => {
    const user = userEvent.setup();
    const { store } = await salesBundle((s) => s.getState().negotiateDiscount(500));
    await user.tripleClick(discountField());
    await user.paste(typed);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(why);
    expect(plain(alert.textContent)).toContain('La remise appliquée reste de 5 %');
    expect(discountField()).toHaveAttribute('aria-invalid', 'true');
    expect(discountField()).toHaveAccessibleDescription(expect.stringContaining(why));
    expect(store.getState().configuration.salesDiscountBp).toBe(500);
    // Leaving the field keeps the refused text in view, to be corrected.
    await user.tab();
    expect(discountField()).toHaveValue(typed);
  });

  it('typed key by key, nothing reaches the quote before the text is whole: « 150 » leaves the discount as it was, not at 15 %', async () => {
    const user = userEvent.setup();
    const { store } = await salesBundle((s) => s.getState().negotiateDiscount(500));
    await user.clear(discountField());
    await user.type(discountField(), '150');
    expect(plain(screen.getByRole('alert').textContent)).toContain('La remise appliquée reste de 5 %');
    await user.tab();
    expect(store.getState().configuration.salesDiscountBp).toBe(500);
    await user.click(discountField());
    await user.type(discountField(), '{Backspace}{Enter}');
    expect(store.getState().configuration.salesDiscountBp).toBe(1500);
  });

  it('a pause in the middle of a number applies it, and the refused end puts the discount back where the edit found it', async () => {
    const user = userEvent.setup();
    const { store } = await salesBundle((s) => s.getState().negotiateDiscount(500));
    await user.clear(discountField());
    await user.type(discountField(), '15');
    await act(() => new Promise((resolve) => setTimeout(resolve, APPLY_AFTER_MS + 50)));
    expect(store.getState().configuration.salesDiscountBp).toBe(1500);
    await user.type(discountField(), '0');
    expect(screen.getByRole('alert')).toHaveTextContent('comprise entre 0 et 100');
    expect(store.getState().configuration.salesDiscountBp).toBe(500);
  });

  it('an undo puts a refused text back to the discount in force', async () => {
    const user = userEvent.setup();
    const { store } = await salesBundle((s) => s.getState().negotiateDiscount(500));
    await user.clear(discountField());
    await user.type(discountField(), '150');
    act(() => store.getState().undo());
    expect(store.getState().configuration.salesDiscountBp).toBe(0);
    expect(discountField()).toHaveValue('0');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the stored value again after an undo, written the French way', async () => {
    const user = userEvent.setup();
    const { store } = await salesBundle((s) => {
      s.getState().negotiateDiscount(1205);
      s.getState().chooseTerm(36);
    });
    expect(discountField()).toHaveValue('12,05');
    await user.clear(discountField());
    await user.type(discountField(), '3');
    await user.tab();
    act(() => store.getState().undo());
    expect(store.getState().configuration.salesDiscountBp).toBe(1205);
    expect(discountField()).toHaveValue('12,05');
  });

  it('warns that approval is needed only above the catalog threshold (15 %)', async () => {
    const user = userEvent.setup();
    const { store } = await salesBundle();
    await user.clear(discountField());
    await user.type(discountField(), '15{Enter}');
    expect(expectedQuote(store).needsApproval).toBe(false);
    expect(screen.queryByText(/doit être validé par la direction commerciale/)).not.toBeInTheDocument();
    await user.type(discountField(), ',01{Enter}');
    expect(store.getState().configuration.salesDiscountBp).toBe(1501);
    await afterFrame();
    const status = screen.getByRole('status');
    expect(status).toHaveClass('quote-notice-warn');
    expect(plain(status.textContent)).toContain('Remise de 15,01 %, au-delà du seuil de 15 %');
  });
});

describe('in English', () => {
  it('writes every rate of the discount hint the English way, with no space before %', async () => {
    renderQuotePanel(defaultCatalog(), (s) => {
      s.getState().selectModule('outscale-vm');
      s.getState().toggleSalesMode();
    }, 'en');
    await screen.findByRole('heading', { name: 'Sales tools' });
    const hint = plain(screen.getByText(/^From 0 to/).textContent);
    expect(hint).toBe('From 0 to 100%, at most two decimals. Above 15%, the quote needs approval.');
  });
});

describe('internal notes', () => {
  it('writes the notes to the store as they are typed', async () => {
    const user = userEvent.setup();
    const { store } = await salesBundle();
    await user.type(screen.getByLabelText('Notes internes'), 'Appel le 3 décembre');
    expect(store.getState().notes).toBe('Appel le 3 décembre');
  });

  it('stop at the bound the saved draft is read back with, and say it (a reload never cuts what the field took)', async () => {
    await salesBundle();
    const notes = screen.getByLabelText('Notes internes');
    expect(notes).toHaveAttribute('maxlength', String(NOTES_MAX_LENGTH));
    expect(notes).toHaveAccessibleDescription(/10\s000 caractères au plus\.$/);
  });
});

describe('split of the monthly net by consortium member', () => {
  it('has one row per vendor whose parts add up exactly to the monthly net shown', async () => {
    const user = userEvent.setup();
    const { store, container } = await salesBundle();
    await user.clear(discountField());
    await user.type(discountField(), '3,33');
    const table = screen.getByRole('table', { name: 'Répartition du net mensuel par membre du consortium' });
    const rows = within(table).getAllByRole('row').filter((row) => row.dataset.vendor !== undefined);
    expect(rows.map((row) => row.dataset.vendor)).toEqual(['alinto', 'xwiki', 'outscale', 'wallix']);
    const parts = rows.map((row) => Number(row.querySelector<HTMLElement>('[data-cents]')?.dataset.cents));
    const quote = expectedQuote(store);
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(shownTotals(container).monthlyNet);
    expect(parts).toEqual(splitByVendor(store.getState().catalog, quote.lines, quote.totals.monthlyNet).map((s) => s.net));
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Alinto');
  });

  it('says there is nothing to split before the first module', async () => {
    const user = userEvent.setup();
    renderQuotePanel(defaultCatalog());
    await user.click(screen.getByRole('switch', { name: 'Mode commercial' }));
    expect(screen.getByText('Aucun module choisi : rien à répartir.')).toBeInTheDocument();
  });
});
