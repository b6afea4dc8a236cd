import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { devisWording } from '../../src/domain/devis-wording';
import { QUOTE_TOTAL_NAMES } from '../../src/domain/quote-types';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { keepSheetFolding } from '../../src/app/sheet-folding';
import { QuotePanel } from '../../src/ui/quote-panel';
import { StoreContext } from '../../src/ui/store-context';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../fixtures/catalogs';
import { expectedQuote, plain, renderQuotePanel, shownTotals, totalElement } from './quote-test-kit';
import { afterFrame } from './frame';

const bundleCatalog = () =>
  validCatalog(
    aCatalogInput(
      [
        aModule('a1', { name: { fr: 'Messagerie A', en: 'Mail A' }, quantity: { min: 1, max: 1000, step: 1, default: 12 }, pricing: { model: 'graduated', tiers: [{ upTo: 5, unitPrice: 500 }, { upTo: 10, unitPrice: 400 }, { upTo: null, unitPrice: 300, flatPrice: 1000 }], setupFee: 12345 } }),
        aModule('b1', { drawer: 'b', name: { fr: 'Bureautique B', en: 'Office B' }, quantity: { min: 1, max: 1000, step: 1, default: 3 }, pricing: { model: 'perUnit', unitPrice: 123456 } }),
        aModule('c1', { drawer: 'c', name: { fr: 'Forfait C', en: 'Package C' }, quantity: { min: 1, max: 1, step: 1, default: 1 }, pricing: { model: 'flat', price: 4999 } }),
        aModule('a2', { name: { fr: 'Archivage A', en: 'Archive A' } }),
      ],
      [{ id: 'a1-or-a2', type: 'excludes', modules: ['a1', 'a2'] }],
      {
        discounts: {
          commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }, { months: 36, rateBp: 2000 }],
          bundle: [{ minDrawers: 2, rateBp: 500 }, { minDrawers: 3, rateBp: 1000 }],
          salesApprovalThresholdBp: 1500,
        },
      },
    ),
  );

describe('QuotePanel: totals', () => {
  it('shows every total of §4 with data-cents equal to computeQuote for the same configuration', () => {
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('a1');
      s.getState().selectModule('b1');
      s.getState().chooseTerm(12);
      s.getState().negotiateDiscount(725);
    });
    const quote = expectedQuote(store);
    const shown = shownTotals(container);
    expect(Object.keys(shown).sort()).toEqual([...QUOTE_TOTAL_NAMES].sort());
    for (const name of QUOTE_TOTAL_NAMES) expect(shown[name], name).toBe(quote.totals[name]);
  });

  it('writes each amount beside its data-cents in French (1 234,56 €), discounts with a minus sign', () => {
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('b1');
      s.getState().chooseTerm(12);
    });
    const { totals } = expectedQuote(store);
    expect(totals.recurring).toBe(370368);
    expect(plain(totalElement(container, 'recurring').textContent)).toBe('3 703,68 €');
    expect(plain(totalElement(container, 'commitmentDiscount').textContent)).toBe('− 370,37 €');
    expect(plain(totalElement(container, 'monthlyNet').textContent)).toBe('3 333,31 €');
  });

  it('ends « Du prix catalogue au net » with the net, as the PDF does, its hook left on the summary bar (one element per total)', () => {
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('b1');
      s.getState().chooseTerm(12);
    });
    const section = screen.getByRole('region', { name: 'Du prix catalogue au net' });
    const rows = within(section).getAllByRole('term').map((term) => plain(term.parentElement?.textContent));
    expect(rows.at(-1)).toBe(`Total mensuel HT${plain(totalElement(container, 'monthlyNet').textContent)}`);
    expect(rows.at(-1)).toBe('Total mensuel HT3 333,31 €');
    expect(expectedQuote(store).totals.monthlyNet).toBe(333331);
    expect(container.querySelectorAll('[data-total="monthlyNet"]')).toHaveLength(1);
  });

  it.each([[1, 'Commitment term: 1 month'], [12, 'Commitment term: 12 months'], [36, 'Commitment term: 36 months']] as const)(
    'in English, a %i-month term is said « %s » (it read « 12 months commitment »)', (months, said) => {
      const { container } = renderQuotePanel(bundleCatalog(), (s) => {
        s.getState().selectModule('b1');
        s.getState().chooseTerm(months);
      }, 'en');
      expect(plain(container.textContent)).toContain(said);
      expect(plain(container.textContent)).not.toMatch(/months? commitment/);
    });

  it('changing the commitment term changes the totals, as computeQuote says', async () => {
    const user = userEvent.setup();
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => s.getState().selectModule('b1'));
    const term = screen.getByLabelText('Durée d’engagement');
    const options = within(term).getAllByRole('option');
    expect(options.map((o) => o.dataset.months)).toEqual(['1', '12', '36']);
    expect(options.map((o) => plain(o.textContent))).toEqual(['1 mois — sans remise', '12 mois — remise de 10 %', '36 mois — remise de 20 %']);
    const before = shownTotals(container).monthlyNet;

    await user.selectOptions(term, '36');
    await afterFrame();

    expect(store.getState().configuration.termMonths).toBe(36);
    const quote = expectedQuote(store);
    expect(shownTotals(container).monthlyNet).toBe(quote.totals.monthlyNet);
    expect(shownTotals(container).contractNet).toBe(quote.totals.contractNet);
    expect(quote.totals.monthlyNet).toBeLessThan(before ?? 0);
  });

  it('says the first year of a term under 12 months counts the contract renewed (it stood above the whole contract, unexplained)', async () => {
    const user = userEvent.setup();
    const { container } = renderQuotePanel(bundleCatalog(), (s) => s.getState().selectModule('b1'));
    const firstYear = () => plain(totalElement(container, 'firstYearNet').closest('.quote-row')?.textContent ?? '');
    const term = screen.getByLabelText('Durée d’engagement');
    await user.selectOptions(term, '1');
    await afterFrame();
    expect(firstYear()).toContain('12 mois, contrat reconduit, et mise en service');
    await user.selectOptions(term, '12');
    await afterFrame();
    expect(firstYear()).toContain('12 mois et mise en service');
    expect(firstYear()).not.toContain('reconduit');
  });

  it('shows the bundle discount with its number of drawers and the next tier to reach', () => {
    renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('a1');
      s.getState().selectModule('b1');
    });
    const row = screen.getByText(/Remise multi-tiroirs/).closest('.quote-row');
    expect(plain(row?.textContent)).toContain('Remise multi-tiroirs (5 %)');
    expect(plain(row?.textContent)).toContain('2 tiroirs dans le devis');
    expect(plain(row?.textContent)).toContain('Ajoutez 1 tiroir pour obtenir 10 %');
  });
});

describe('QuotePanel: lines', () => {
  it('groups lines by drawer with vendor, quantity and unit, unit price and amount', () => {
    renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('c1');
      s.getState().selectModule('b1');
    });
    const office = screen.getByRole('list', { name: 'Lignes du devis\u00A0: b' });
    const line = within(office).getByRole('listitem');
    expect(plain(line.textContent)).toContain('Bureautique B');
    expect(plain(line.textContent)).toContain('Vendor');
    expect(plain(line.textContent)).toContain('3 unités');
    expect(plain(line.textContent)).toContain('1 234,56 € HT / unité');
    expect(plain(line.textContent)).toContain('3 703,68 €');
    const flat = within(screen.getByRole('list', { name: 'Lignes du devis\u00A0: c' })).getByRole('listitem');
    expect(plain(flat.textContent)).toContain('Forfait mensuel');
    // Drawers in catalog order, whatever the order of selection.
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['b', 'c']);
  });

  it('shows the tier breakdown of a tiered line on demand', async () => {
    const user = userEvent.setup();
    renderQuotePanel(bundleCatalog(), (s) => s.getState().selectModule('a1'));
    const line = within(screen.getByRole('list', { name: 'Lignes du devis\u00A0: a' })).getByText('Messagerie A').closest('li') as HTMLElement;
    expect(plain(line.textContent)).toContain('Tarif par paliers');
    expect(plain(line.textContent)).toContain('+ 123,45 € HT de mise en service');
    const summary = within(line).getByText(/^Détail des paliers/);
    // Named with its line for a screen reader: each tiered line's disclosure is told apart.
    expect(plain(summary.textContent)).toBe('Détail des paliers — Messagerie A');
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    const terms = within(details as HTMLElement).getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(terms).toEqual(['Unités 1 à 5 : 5 × 5,00 €25,00 €', 'Unités 6 à 10 : 5 × 4,00 €20,00 €', 'Unités 11 à 12 : 2 × 3,00 €6,00 €', 'Forfait du palier10,00 €']);
  });
});

describe('QuotePanel: states', () => {
  it('shows a friendly empty state and no total before the first module', () => {
    const { container } = renderQuotePanel(bundleCatalog());
    expect(screen.getByText('Votre devis apparaîtra ici')).toBeInTheDocument();
    expect(screen.getAllByText('Aucun module choisi')).not.toHaveLength(0);
    expect(shownTotals(container)).toEqual({});
    expect(screen.getByLabelText('Durée d’engagement')).toBeInTheDocument();
  });

  it('prices an invalid configuration and says clearly it cannot be ordered as it stands', () => {
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('a1');
      s.getState().selectModule('a2');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Cette configuration ne peut pas être commandée en l’état');
    expect(shownTotals(container).monthlyNet).toBe(expectedQuote(store).totals.monthlyNet);
  });

  it('says nothing of the kind for a valid configuration', () => {
    renderQuotePanel(bundleCatalog(), (s) => s.getState().selectModule('a1'));
    expect(screen.queryByText(/ne peut pas être commandée/)).not.toBeInTheDocument();
  });

  it.each([
    ['fr', 'Remise commerciale (25 %)', 'Au-delà du seuil de 15 % : devis à faire approuver par la direction commerciale'],
    ['en', 'Sales discount (25%)', 'Above the 15% threshold: the quote needs sales management approval'],
  ] as const)('marks a sales discount above the approval threshold as needing approval, sales mode off (as a shared link opens it) — %s', (lang, label, marking) => {
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('b1');
      s.getState().negotiateDiscount(2500);
    }, lang);
    expect(store.getState().salesMode).toBe(false);
    expect(expectedQuote(store).needsApproval).toBe(true);
    const row = totalElement(container, 'salesDiscount').closest('.quote-row');
    expect(plain(row?.textContent)).toContain(label);
    expect(plain(row?.textContent)).toContain(marking);
  });

  it('marks nothing at the threshold itself (15 % is allowed)', () => {
    const { container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('b1');
      s.getState().negotiateDiscount(1500);
    });
    expect(plain(totalElement(container, 'salesDiscount').closest('.quote-row')?.textContent)).toContain('Remise commerciale (15 %)');
    expect(screen.queryByText(/faire approuver/)).not.toBeInTheDocument();
  });

  it.each(['fr', 'en'] as const)('names the bundle discount as the devis, its PDF and its CSV do (%s)', (lang) => {
    const { container } = renderQuotePanel(bundleCatalog(), (s) => {
      s.getState().selectModule('a1');
      s.getState().selectModule('b1');
    }, lang);
    const label = totalElement(container, 'bundleDiscount').closest('.quote-row')?.querySelector('dt')?.firstChild?.textContent ?? '';
    const name = label.replace(/ \(.*\)$/, '');
    expect(name).toBe(lang === 'fr' ? 'Remise multi-tiroirs' : 'Multi-drawer discount');
    expect(devisWording(lang).discounts.bundle(2, '5 %')).toMatch(new RegExp(`^${name}, 2 `));
  });

  it('shows a quote error as a message instead of crashing', () => {
    const { container } = renderQuotePanel(bundleCatalog(), (s) =>
      s.getState().replaceConfiguration({ ...s.getState().configuration, items: [{ module: 'b1', quantity: 1 }], termMonths: 5 }));
    expect(screen.getByRole('alert')).toHaveTextContent('Le devis ne peut pas être calculé');
    expect(screen.getByRole('alert')).toHaveTextContent('unknown term 5');
    expect(shownTotals(container)).toEqual({});
  });

  it('follows the store one frame after a change, so that the frame showing the change draws the cards alone (issue #6): a module added later appears with its totals', async () => {
    const { store, container } = renderQuotePanel(bundleCatalog(), (s) => s.getState().selectModule('a1'));
    const before = shownTotals(container).monthlyNet;
    act(() => store.getState().selectModule('b1'));
    expect(shownTotals(container).monthlyNet).toBe(before);
    await afterFrame();
    expect(shownTotals(container).monthlyNet).toBe(expectedQuote(store).totals.monthlyNet);
    expect(shownTotals(container).monthlyNet).not.toBe(before);
  });

  it('speaks English when the language is English (€3,703.68)', () => {
    const { container } = renderQuotePanel(bundleCatalog(), (s) => s.getState().selectModule('b1'), 'en');
    expect(screen.getByRole('heading', { name: 'Your quote' })).toBeInTheDocument();
    expect(totalElement(container, 'recurring')).toHaveTextContent('€3,703.68');
    expect(screen.getByLabelText('Commitment term')).toBeInTheDocument();
  });
});

describe('QuotePanel: bottom sheet on a phone', () => {
  // Folding by the page around is a behaviour loaded after the first screen, as in the page.
  let stopFolding = () => {};
  beforeEach(() => { stopFolding = keepSheetFolding(); });
  afterEach(() => stopFolding());

  it('opens and closes with the "Voir le devis" button, and closes with Escape', async () => {
    const user = userEvent.setup();
    renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    const open = screen.getByRole('button', { name: 'Voir le devis' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    const close = screen.getByRole('button', { name: 'Masquer le devis' });
    expect(close).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(close.getAttribute('aria-controls') ?? '')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Durée d’engagement'));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Voir le devis' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Voir le devis' })).toHaveFocus();
  });

  it('folds when the focus leaves it for the page it covers, and stays open when it moves inside', async () => {
    const user = userEvent.setup();
    const outside = document.createElement('button');
    outside.textContent = 'behind the sheet';
    document.body.append(outside);
    renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    await user.click(screen.getByRole('button', { name: 'Voir le devis' }));
    await user.click(screen.getByLabelText('Durée d’engagement'));
    expect(screen.getByRole('button', { name: 'Masquer le devis' })).toHaveAttribute('aria-expanded', 'true');
    act(() => outside.focus());
    expect(screen.getByRole('button', { name: 'Voir le devis' })).toHaveAttribute('aria-expanded', 'false');
    outside.remove();
  });

  it('folds at a tap on the page it covers, even on text that takes no focus', async () => {
    const user = userEvent.setup();
    const strip = document.createElement('p');
    strip.textContent = 'page above the sheet';
    document.body.append(strip);
    renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    await user.click(screen.getByRole('button', { name: 'Voir le devis' }));
    await user.click(strip);
    expect(screen.getByRole('button', { name: 'Voir le devis' })).toHaveAttribute('aria-expanded', 'false');
    strip.remove();
  });

  it('folds, and only folds, at a tap on a control of the page it covers: the checkbox under the finger is not ticked', async () => {
    const user = userEvent.setup();
    const behind = document.createElement('input');
    behind.type = 'checkbox';
    document.body.append(behind);
    renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    await user.click(screen.getByRole('button', { name: 'Voir le devis' }));
    await user.click(behind);
    expect(screen.getByRole('button', { name: 'Voir le devis' })).toHaveAttribute('aria-expanded', 'false');
    expect(behind.checked).toBe(false);
    await user.click(behind);
    expect(behind.checked).toBe(true);
    behind.remove();
  });

  it('review: a press that turned into a scroll forgets its click, a click from the keyboard is never taken, and a wide screen (no sheet) takes none', async () => {
    const user = userEvent.setup();
    const behind = document.createElement('button');
    let pressed = 0;
    behind.addEventListener('click', () => { pressed += 1; });
    document.body.append(behind);
    renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    await user.click(screen.getByRole('button', { name: 'Voir le devis' }));
    fireEvent.pointerDown(behind);
    fireEvent.pointerCancel(behind);
    act(() => behind.click());
    expect(pressed).toBe(1);
    // The sheet left open on a screen widened past 62rem: its toggle is hidden, and the page's clicks are its own.
    const toggle = screen.getByRole('button', { name: 'Masquer le devis' });
    toggle.style.display = 'none';
    await user.click(behind);
    expect(pressed).toBe(2);
    behind.remove();
  });

  it('stays open at a tap inside it, on text or on a control that removes itself', async () => {
    const user = userEvent.setup();
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    store.getState().selectModule('outscale-vm');
    function OneShot() {
      const [shown, setShown] = useState(true);
      return shown ? <button type="button" onClick={() => setShown(false)}>Une fois</button> : null;
    }
    // As in the page: the sheet sits in the main region, which a tap on text inside the sheet focuses.
    render(<StoreContext.Provider value={store}><main tabIndex={-1}><QuotePanel><OneShot /></QuotePanel></main></StoreContext.Provider>);
    await user.click(screen.getByRole('button', { name: 'Voir le devis' }));
    await user.click(screen.getByText('Total mensuel HT', { selector: '.quote-headline-label' }));
    expect(screen.getByRole('main')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Une fois' }));
    expect(screen.queryByRole('button', { name: 'Une fois' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Masquer le devis' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('is a complementary landmark named after the quote, with the monthly net in its summary bar', () => {
    const { container } = renderQuotePanel(defaultCatalog(), (s) => s.getState().selectModule('outscale-vm'));
    const panel = screen.getByRole('complementary', { name: 'Votre devis' });
    expect(panel).toContainElement(totalElement(container, 'monthlyNet'));
    expect(within(panel).getByText('Total mensuel HT', { selector: '.quote-headline-label' })).toBeInTheDocument();
  });
});
