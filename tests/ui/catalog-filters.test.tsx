import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/language';
import { Configurator } from '../../src/ui/configurator';
import { renderWithStore } from './render-with-store';

// The filter bar's own live region (the page has others, such as the change announcer).
const countRegion = () => within(document.querySelector<HTMLElement>('search')!).getByRole('status');
const status = () => countRegion().textContent?.replace(/[\u00a0\u202f]/g, ' ');

describe('the filter bar', () => {
  it.each([
    ['fr', 'cspn', '1 module affiché sur 21'],
    ['fr', 'zzz', '0 module affiché sur 21'],
    ['fr', 'wallix', '3 modules affichés sur 21'],
    ['en', 'cspn', '1 module shown out of 21'],
    ['en', 'zzz', '0 modules shown out of 21'],
    ['en', 'wallix', '3 modules shown out of 21'],
  ] as const)('in %s, « %s » counts the cards shown with the plural of the language: %s', async (lang: Language, text, count) => {
    renderWithStore(<Configurator />, () => {}, lang);
    await userEvent.type(screen.getByRole('searchbox'), text);
    expect(status()).toBe(count);
  });

  it('the first option agrees with its noun: « Tous » les tiroirs et éditeurs, « Toutes » les qualifications', () => {
    renderWithStore(<Configurator />);
    const first = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option')[0]?.textContent;
    expect([first('Tiroir'), first('Éditeur'), first('Qualification')]).toEqual(['Tous', 'Tous', 'Toutes']);
  });

  it('« Effacer les filtres » sits outside the live region and, as it goes, hands the focus to the search box', async () => {
    renderWithStore(<Configurator />);
    const search = screen.getByRole('searchbox', { name: 'Rechercher un module' });
    await userEvent.type(search, 'zzz');
    expect(within(countRegion()).queryByRole('button')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(screen.queryByRole('button', { name: 'Effacer les filtres' })).toBeNull();
    expect(search).toHaveValue('');
    expect(document.activeElement).toBe(search);
    expect(status()).toBe('21 modules affichés sur 21');
  });
});
