import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAddressInSync } from '../../src/app/address-sync';
import { addressWasBehind } from '../../src/app/share-link-sync';
import { encodeShareCode } from '../../src/domain/share-code';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();

/** An address bar that records every write. */
let writes: string[];
beforeEach(() => {
  vi.useFakeTimers();
  writes = [];
  const location = { href: 'https://collabnext.example/configurateur/#previous-code', hash: '#previous-code', pathname: '/configurateur/', reload: vi.fn() };
  const history = {
    state: null,
    replaceState: (_s: unknown, _t: string, url: string) => {
      writes.push((location.href = url));
      location.hash = new URL(url).hash;
    },
  };
  vi.stubGlobal('window', { location, history, addEventListener: () => {}, removeEventListener: () => {} });
  vi.stubGlobal('document', { getElementById: () => null });
  const session = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => session.get(key) ?? null,
    setItem: (key: string, value: string) => void session.set(key, value),
    removeItem: (key: string) => void session.delete(key),
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A page whose address sync has written the address once, for CryptPad Équipe ticked. */
async function writtenAfterOneEdit() {
  const store = createConfiguratorStore({ catalog, lang: 'fr' });
  const stop = keepAddressInSync(store);
  store.getState().selectModule('cryptpad-team');
  await vi.advanceTimersByTimeAsync(300);
  await vi.waitFor(() => expect(writes).toHaveLength(1));
  return { store, stop };
}

/** A share codec that arrives when told to, not at once. */
function slowCodec() {
  let arrived: () => void = () => {};
  const slow = () => new Promise<void>((resolve) => (arrived = resolve)).then(() => import('../../src/ui/share-link-builder'));
  return { slow, arrive: () => arrived() };
}

describe('the address bar follows the configuration', () => {
  it('stopped while the codec is still downloading (the data erased, another store shown), it writes nothing when the codec arrives', async () => {
    const { slow, arrive } = slowCodec();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store, {}, slow);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(300);
    stop();
    arrive();
    await vi.advanceTimersByTimeAsync(100);
    await import('../../src/ui/share-link-builder');
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([]);
  });

  it('when the share codec does not download, the address stays behind, noted so a reload opens the draft, and the next edit tries again', async () => {
    let attempts = 0;
    const flaky = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../src/ui/share-link-builder'));
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store, {}, flaky);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(300);
    expect(attempts).toBe(1);
    expect(writes).toEqual([]);
    expect(addressWasBehind('previous-code')).toBe(true);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(attempts).toBe(2);
    expect(writes[0]).toContain(encodeShareCode(store.getState().configuration, { customer: null }));
    stop();
  });

  it('edits in a row write the address once, when they pause, with the latest configuration', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    store.getState().selectModule('cryptpad-team');
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toBe(`https://collabnext.example/configurateur/#${encodeShareCode(store.getState().configuration, { customer: null })}`);
    stop();
  });

  it('while an edit waits, the tab notes that its address is behind, so a reload opens the draft rather than that old code', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    expect(addressWasBehind('previous-code')).toBe(false);
    store.getState().selectModule('cryptpad-team');
    store.getState().selectModule('outscale-vm');
    expect(addressWasBehind('previous-code')).toBe(true);
    // Another code is a link: the note is forgotten.
    expect(addressWasBehind('another-code')).toBe(false);
    expect(addressWasBehind('previous-code')).toBe(false);
    stop();
  });

  it('QA: after a reload that opened the draft over a code left behind, the address is written at once, so a second reload opens that draft too', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    store.getState().selectModule('cryptpad-team');
    sessionStorage.setItem('collabnext.address.behind', 'previous-code');
    // The boot read the note: the draft opened, the note stays until the address is written.
    expect(addressWasBehind('previous-code')).toBe(true);
    expect(addressWasBehind('previous-code')).toBe(true);
    const stop = keepAddressInSync(store, {});
    await vi.waitFor(() => expect(writes).toEqual([`https://collabnext.example/configurateur/#${encodeShareCode(store.getState().configuration, { customer: null })}`]));
    expect(sessionStorage.getItem('collabnext.address.behind')).toBeNull();
    stop();
  });

  it('once the address is written, the code written is not behind; a reload that still loads the code replaced (begun just before the write) opens the draft', async () => {
    const { stop } = await writtenAfterOneEdit();
    const written = new URL(writes[0] ?? '').hash.slice(1);
    expect(sessionStorage.getItem('collabnext.address.behind')).toBeNull();
    expect(addressWasBehind(written)).toBe(false);
    stop();
  });

  it('QA: a reload begun just before the address is written, heard of after it, loads the code replaced: the draft opens, and the address is then noted behind until written', async () => {
    const { stop } = await writtenAfterOneEdit();
    stop();
    // The page the reload loads: back on the code replaced.
    expect(addressWasBehind('previous-code')).toBe(true);
    expect(sessionStorage.getItem('collabnext.address.behind')).toBe('previous-code');
    expect(sessionStorage.getItem('collabnext.address.replaced')).toBeNull();
  });

  it('QA: a write that comes between a link pasted and its hashchange is undone: the link is put back, reloaded, and nothing more is written', async () => {
    const listeners = new Map<string, (event: unknown) => void>();
    Object.assign(window, { addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) });
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    store.getState().selectModule('cryptpad-team');
    // The link is pasted; the pending write runs before the page hears of it.
    const pasted = 'https://collabnext.example/configurateur/#pasted-link';
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    listeners.get('hashchange')?.({ oldURL: 'https://collabnext.example/configurateur/#previous-code', newURL: pasted });
    expect(writes).toEqual([expect.stringContaining('#'), pasted]);
    expect(window.location.reload).toHaveBeenCalledTimes(1);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toHaveLength(2);
    stop();
  });

  it('review: the code a write replaced is forgotten a second later when no reload began: that link opened again later is read as a link', async () => {
    const { stop } = await writtenAfterOneEdit();
    expect(sessionStorage.getItem('collabnext.address.replaced')).toBe('previous-code');
    await vi.advanceTimersByTimeAsync(1000);
    expect(addressWasBehind('previous-code')).toBe(false);
    stop();
  });

  it('review: with two hashchanges in a row (Back twice), the first puts back nothing: the address is not this tab’s write; and nothing is noted after', async () => {
    const listeners = new Map<string, (event: unknown) => void>();
    Object.assign(window, { addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) });
    const { store, stop } = await writtenAfterOneEdit();
    Object.assign(window.location, { href: 'https://collabnext.example/configurateur/#second', hash: '#second' });
    listeners.get('hashchange')?.({ oldURL: writes[0], newURL: 'https://collabnext.example/configurateur/#first' });
    expect(writes).toHaveLength(1);
    expect(window.location.reload).toHaveBeenCalledTimes(1);
    store.getState().selectModule('outscale-vm');
    expect(sessionStorage.getItem('collabnext.address.behind')).toBeNull();
    stop();
  });

  it('a link pasted in the address bar is read as a link, even the code a write of this tab replaced', async () => {
    const listeners = new Map<string, (event: unknown) => void>();
    Object.assign(window, { addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) });
    const { stop } = await writtenAfterOneEdit();
    const written = window.location.href;
    Object.assign(window.location, { href: 'https://collabnext.example/configurateur/#previous-code', hash: '#previous-code' });
    listeners.get('hashchange')?.({ oldURL: written, newURL: window.location.href });
    expect(window.location.reload).toHaveBeenCalledTimes(1);
    stop();
    expect(addressWasBehind('previous-code')).toBe(false);
  });

  it('QA: written while the page is being left (a reload begun on the old address), the address is still noted behind; an edit after that means the page stayed', async () => {
    const listeners = new Map<string, () => void>();
    Object.assign(window, { addEventListener: (type: string, listener: () => void) => listeners.set(type, listener) });
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    store.getState().selectModule('cryptpad-team');
    listeners.get('beforeunload')?.();
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(addressWasBehind('previous-code')).toBe(true);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    expect(sessionStorage.getItem('collabnext.address.behind')).toBeNull();
    stop();
  });

  it('QA: an edit made while the codec downloads leaves the address behind the code just written, noted so: a reload then opens the draft', async () => {
    const { slow, arrive } = slowCodec();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store, {}, slow);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(300);
    store.getState().selectModule('outscale-vm');
    arrive();
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    const written = new URL(writes[0] ?? '').hash.slice(1);
    expect(written).not.toBe('previous-code');
    expect(addressWasBehind(written)).toBe(true);
    stop();
  });

  it('writes nothing once stopped, even for an edit still pending', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    store.getState().selectModule('cryptpad-team');
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });

  it('started after an edit (the code came a moment after the first screen), it writes the address at once', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const since = store.getState();
    store.getState().selectModule('cryptpad-team');
    const stop = keepAddressInSync(store, { since });
    expect(addressWasBehind('previous-code')).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toContain(encodeShareCode(store.getState().configuration, { customer: null }));
    stop();
  });

  it('started with no edit before it, it leaves the address as it is', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store, { since: undefined, pastedOver: undefined });
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    expect(window.location.reload).not.toHaveBeenCalled();
    stop();
  });

  describe('QA: a plain address (no code) over a configuration read back from the saved draft', () => {
    const plainAddress = () => Object.assign(window.location, { href: 'https://collabnext.example/configurateur/', hash: '' });

    it('gets its link at start, so that copying the address shares what is on screen', async () => {
      plainAddress();
      const store = createConfiguratorStore({ catalog, lang: 'fr' });
      store.getState().chooseTerm(36);
      const stop = keepAddressInSync(store, { since: store.getState() });
      await vi.waitFor(() => expect(writes).toEqual([`https://collabnext.example/configurateur/#${encodeShareCode(store.getState().configuration, { customer: null })}`]));
      stop();
    });

    it('stays plain over an empty configuration', async () => {
      plainAddress();
      const stop = keepAddressInSync(createConfiguratorStore({ catalog, lang: 'fr' }), {});
      await vi.advanceTimersByTimeAsync(1000);
      expect(writes).toEqual([]);
      stop();
    });
  });

  it('a link pasted in the address bar before it started is opened then, as the browser would on a visit, the address it replaced noted for Back', () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store, { pastedOver: 'https://collabnext.example/configurateur/#draft-code' });
    expect(window.location.reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('collabnext.address.beforeLink')).toBe('draft-code');
    stop();
  });
});
