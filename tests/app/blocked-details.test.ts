import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepBlockedDetails } from '../../src/app/blocked-details';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

/** The frames and timers the page would give, run when told: each frame asked is one working out of the fuller reasons. */
let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('window', { setTimeout: (run: () => void) => run() });
});
afterEach(() => vi.unstubAllGlobals());

/** Lets the dynamic import settle, then paints the frames asked so far. */
async function afterTheFrame(): Promise<number> {
  await vi.dynamicImportSettled();
  await new Promise((settled) => setTimeout(settled, 0));
  const asked = frames.length;
  for (const run of frames.splice(0)) run();
  return asked;
}

describe('the blocked cards’ fuller reasons, kept by the app', () => {
  const newStore = () => createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });

  it('are worked out after the frame that shows the change, for that configuration, and handed to the store', async () => {
    const store = newStore();
    const stop = keepBlockedDetails(store);
    store.getState().selectModule('alinto-mail-essential');
    store.getState().selectModule('alinto-protect');
    expect(store.getState().blockedDetails).toBeNull();
    await afterTheFrame();
    const details = store.getState().blockedDetails;
    expect(details?.configuration).toBe(store.getState().configuration);
    expect(details?.blocked.find((e) => e.module === 'alinto-mail-business')).toMatchObject({ modules: ['alinto-mail-essential', 'alinto-protect'], freedOnlyTogether: true });
    stop();
  });

  it('are asked once per set of choices: a quantity, the notes or a null answer ask nothing more (review: each keystroke asked again)', async () => {
    const store = newStore();
    const stop = keepBlockedDetails(store);
    store.getState().selectModule('alinto-mail-essential');
    expect(await afterTheFrame()).toBe(1);
    // Nothing more to say for Essentielle alone: a null answer, not stored.
    expect(store.getState().blockedDetails).toBeNull();
    store.getState().changeQuantity('alinto-mail-essential', 40);
    store.getState().writeNotes('Rappeler mercredi');
    expect(await afterTheFrame()).toBe(0);
    store.getState().selectModule('alinto-protect');
    expect(await afterTheFrame()).toBe(1);
    stop();
  });

  it('worked out for choices since changed, are dropped; after stop, nothing is asked', async () => {
    const store = newStore();
    const stop = keepBlockedDetails(store);
    store.getState().selectModule('alinto-mail-essential');
    store.getState().selectModule('alinto-protect');
    await vi.dynamicImportSettled();
    store.getState().removeModule('alinto-protect');
    await afterTheFrame();
    expect(store.getState().blockedDetails).toBeNull();
    stop();
    store.getState().selectModule('alinto-protect');
    expect(await afterTheFrame()).toBe(0);
  });
});
