import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StartupFailure } from '../../src/ui/startup-failure';

afterEach(() => vi.restoreAllMocks());

describe('a page that could not start says why in the user’s words', () => {
  it.each([
    ['fr-FR', 'network', 'Le catalogue des offres n’a pas pu être chargé (le réseau ne répond pas).'],
    ['fr-FR', 'not-json', 'Le catalogue des offres n’a pas pu être chargé (le fichier reçu est endommagé).'],
    ['en-GB', 'server', 'The offer catalog could not be loaded (the server did not provide it).'],
  ] as const)('%s, %s', (language, reason, text) => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([language]);
    render(<StartupFailure reason={reason} />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/network request|HTTP|not valid JSON/);
  });
});
