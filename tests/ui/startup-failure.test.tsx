import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupFailure } from '../../src/ui/startup-failure';

describe('a page that could not start says why in the user’s words', () => {
  it.each([
    ['fr', 'network', 'Le catalogue des offres n’a pas pu être chargé (le réseau ne répond pas).'],
    ['fr', 'not-json', 'Le catalogue des offres n’a pas pu être chargé (le fichier reçu est endommagé).'],
    ['en', 'server', 'The offer catalogue could not be loaded (the server did not provide it).'],
  ] as const)('%s, %s', (lang, reason, text) => {
    render(<StartupFailure reason={reason} lang={lang} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/network request|HTTP|not valid JSON/);
  });
});

describe('the failure page’s language and title are those of its words', () => {
  afterEach(() => {
    document.documentElement.lang = 'fr';
    document.title = '';
  });

  it.each([
    ['en', 'CollabNext — The configurator could not start'],
    ['fr', 'CollabNext — Le configurateur n’a pas pu démarrer'],
  ] as const)('%s', (lang, title) => {
    document.documentElement.lang = lang === 'en' ? 'fr' : 'en';
    document.title = 'CollabNext — configurateur d\'offre souveraine';
    render(<StartupFailure reason="network" lang={lang} />);
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe(title);
  });
});
