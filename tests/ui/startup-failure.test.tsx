import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StartupFailure } from '../../src/ui/startup-failure';

describe('a page that could not start says why in the user’s words', () => {
  it.each([
    ['fr', 'network', 'Le catalogue des offres n’a pas pu être chargé (le réseau ne répond pas).'],
    ['fr', 'not-json', 'Le catalogue des offres n’a pas pu être chargé (le fichier reçu est endommagé).'],
    ['en', 'server', 'The offer catalog could not be loaded (the server did not provide it).'],
  ] as const)('%s, %s', (lang, reason, text) => {
    render(<StartupFailure reason={reason} lang={lang} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/network request|HTTP|not valid JSON/);
  });
});
