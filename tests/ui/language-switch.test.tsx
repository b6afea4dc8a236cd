import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../src/ui/language-switch';
import { renderWithStore } from './render-with-store';

/** The English words arrive when the test says so; the French ones at once (the page already has them). */
const english = vi.hoisted(() => ({ arrive: () => {} }));
vi.mock('../../src/ui/messages', async (original) => {
  const messages = await original<typeof import('../../src/ui/messages')>();
  return {
    ...messages,
    loadLanguage: (lang: 'fr' | 'en') => (lang === 'en'
      ? new Promise<void>((resolve) => (english.arrive = () => void messages.loadLanguage('en').then(resolve)))
      : messages.loadLanguage(lang)),
  };
});

describe('the language switch', () => {
  it('the last click wins: « English » then « Français » ends in French, though the English words arrive last (CI: a page reloaded in English)', async () => {
    const { store } = renderWithStore(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Français' }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    await act(async () => {
      english.arrive();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(store.getState().lang).toBe('fr');
  });

  it('a single click on « English » switches to English once its words arrive', async () => {
    const { store } = renderWithStore(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(store.getState().lang).toBe('fr');
    await act(async () => {
      english.arrive();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(store.getState().lang).toBe('en');
  });
});
