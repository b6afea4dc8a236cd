import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetFilesStuck } from '../../src/ui/import-again';
import { loadLaterParts } from '../../src/ui/later-parts';
import { loadLanguage } from '../../src/ui/messages';

// The files of a worker share one jsdom (isolate: false in vite.config.ts) and this file runs before each of them: each
// starts from a blank page, as in a jsdom of its own. A file's leftovers (a <select> written into <body> by
// history-keys.test.tsx) had taken the first Tab stop of the next file's page.
document.body.innerHTML = '';
document.documentElement.removeAttribute('lang');
document.title = '';
localStorage.clear();
sessionStorage.clear();
window.history.replaceState(null, '', '/');
// A part that failed again in a file before (lazy-part.test.tsx) is not this file's page's.
forgetFilesStuck();

afterEach(() => cleanup());

// The interface's dictionaries load on demand in the page (boot, language switch): tests have both.
await loadLanguage('fr');
await loadLanguage('en');
// So do the later parts: the cards' notes, the quote's details (boot, or just after the first screen).
await loadLaterParts();
