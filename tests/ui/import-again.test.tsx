import { describe, expect, it, vi } from 'vitest';
import { importAgain } from '../../src/ui/import-again';

describe('importAgain', () => {
  it('loads once, and gives that same module to every later call', async () => {
    const module = { part: 1 };
    const load = vi.fn(() => Promise.resolve(module));
    const fetchPart = importAgain(load);
    expect(await fetchPart()).toBe(module);
    expect(await fetchPart()).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('after a failure whose error names no address, tries the same load again, and keeps what then came', async () => {
    const module = { part: 2 };
    let calls = 0;
    const load = vi.fn(() => (calls++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(module)));
    const fetchPart = importAgain(load);
    await expect(fetchPart()).rejects.toThrow('Failed to fetch');
    expect(await fetchPart()).toBe(module);
    expect(await fetchPart()).toBe(module);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
