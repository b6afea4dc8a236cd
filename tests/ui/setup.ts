import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../../src/ui/messages';

afterEach(() => cleanup());

// The interface's dictionaries load on demand in the page (boot, language switch): tests have both.
await loadLanguage('fr');
await loadLanguage('en');
