import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PageHeader } from '../../src/ui/page-header';
import { QuotePanel } from '../../src/ui/quote-panel';
import { renderWithStore } from './render-with-store';

function page(lang: 'fr' | 'en' = 'fr') {
  renderWithStore(
    <>
      <PageHeader />
      <main>
        <label>
          Raison sociale
          <input />
        </label>
        <QuotePanel />
      </main>
    </>,
    () => {},
    lang,
  );
  return userEvent.setup();
}

describe('PageHeader: the skip link', () => {
  it('is the first Tab stop and takes the focus into the quote, whose next Tab stop is its first control', async () => {
    const user = page('fr');
    await user.tab();
    const skip = screen.getByRole('button', { name: 'Aller au devis' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Votre devis' })).toHaveFocus();
    // The sheet's « Voir le devis » button is hidden by CSS on a wide screen, which jsdom does not apply.
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('Durée d’engagement')).toHaveFocus();
    expect(screen.getByLabelText('Raison sociale')).not.toHaveFocus();
  });

  it('reads in English', async () => {
    const user = page('en');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Skip to the quote' })).toHaveFocus();
  });
});
