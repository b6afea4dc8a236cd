import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_KEY, keepLanguageChoice, startingLanguage } from '../../src/app/language-choice';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

/** A browser with a localStorage kept in a map and the given preferred languages. */
let kept: Map<string, string>;
function browser(languages: string[], storage: 'works' | 'throws' = 'works'): void {
  kept = new Map();
  const localStorage = {
    getItem: (key: string) => { if (storage === 'throws') throw new Error('denied'); return kept.get(key) ?? null; },
    setItem: (key: string, value: string) => { if (storage === 'throws') throw new Error('denied'); kept.set(key, value); },
  };
  vi.stubGlobal('window', { localStorage });
  vi.stubGlobal('navigator', { languages, language: languages[0] });
}
beforeEach(() => browser(['fr-FR']));
afterEach(() => vi.unstubAllGlobals());

describe('the language chosen with the switch outlives a reload', () => {
  it('starts in the browser’s language until the buyer switches, then in the one switched to', () => {
    browser(['fr-FR', 'en']);
    expect(startingLanguage()).toBe('fr');
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    const stop = keepLanguageChoice(store);
    store.getState().switchLanguage('en');
    expect(kept.get(LANGUAGE_KEY)).toBe('en');
    expect(startingLanguage()).toBe('en');
    store.getState().switchLanguage('fr');
    expect(startingLanguage()).toBe('fr');
    stop();
    store.getState().switchLanguage('en');
    expect(kept.get(LANGUAGE_KEY)).toBe('fr');
  });

  it('ignores a kept value that is no language of the app, and a storage that refuses', () => {
    browser(['en-GB']);
    kept.set(LANGUAGE_KEY, 'de');
    expect(startingLanguage()).toBe('en');
    browser(['en-GB'], 'throws');
    expect(startingLanguage()).toBe('en');
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'en' });
    keepLanguageChoice(store);
    expect(() => store.getState().switchLanguage('fr')).not.toThrow();
  });
});
