import { describe, expect, it, vi } from 'vitest';
import { filesStuck, forgetFilesStuck, importAgain, moduleIn } from '../../src/ui/import-again';

describe('importAgain', () => {
  it('loads once, and gives that same module to every later call', async () => {
    const module = { part: 1 };
    const load = vi.fn(() => Promise.resolve(module));
    const fetchPart = importAgain(load, 'part');
    expect(await fetchPart()).toBe(module);
    expect(await fetchPart()).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('after a failure whose error names no address, tries the same load again, and keeps what then came', async () => {
    const module = { part: 2 };
    let calls = 0;
    const load = vi.fn(() => (calls++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(module)));
    const fetchPart = importAgain(load, 'part');
    await expect(fetchPart()).rejects.toThrow('Failed to fetch');
    expect(await fetchPart()).toBe(module);
    expect(await fetchPart()).toBe(module);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('a part that fails again once asked for anew: the page says a reload is needed', () => {
  it('is not said after a first failure, and is said when the retry fails too, online', async () => {
    forgetFilesStuck();
    const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const fetchPart = importAgain(load, 'part');
    await expect(fetchPart()).rejects.toThrow('Failed to fetch');
    expect(filesStuck()).toBe(false);
    await expect(fetchPart()).rejects.toThrow('Failed to fetch');
    expect(filesStuck()).toBe(true);
    forgetFilesStuck();
  });

  it('is not said while the browser knows it is offline: a reload would not load the page', async () => {
    forgetFilesStuck();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fetchPart = importAgain(() => Promise.reject(new TypeError('Failed to fetch')), 'part');
    await expect(fetchPart()).rejects.toThrow();
    await expect(fetchPart()).rejects.toThrow();
    expect(filesStuck()).toBe(false);
    onLine.mockRestore();
  });
});

describe('moduleIn: the module in a file fetched again under another address', () => {
  const later = { ModuleNotes: () => null, QuoteDetails: () => null };

  it('is the file itself when the file is the module (its exports have their own names)', () => {
    const file = { ViolationDetails: () => null, t: { ViolationDetails: () => null } };
    expect(moduleIn(file, 'ViolationDetails', 'violation-details.js')).toBe(file);
  });

  it('is the object among the file\'s exports that holds the export, when the bundler wrote the module into a shared file', () => {
    // As rolldown writes a group's file: the module's exports under one short name, shared functions under others.
    const file = { a: () => 1, n: { formatMoney: () => '' }, t: later };
    expect(moduleIn(file, 'ModuleNotes', 'later-parts.js')).toBe(later);
  });

  it('fails, naming the file and the export, when no object of the file holds it (not a file of this build)', () => {
    expect(() => moduleIn({ a: 1, t: { other: 2 } }, 'ModuleNotes', '/assets/later-parts-X.js')).toThrow('/assets/later-parts-X.js: no module exporting ModuleNotes');
  });
});
