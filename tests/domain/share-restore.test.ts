import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { describeShareError } from '../../src/domain/share-messages';
import { restoreSharedConfiguration } from '../../src/domain/share-restore';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const base: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: ['hds'], salesDiscountBp: 0 };

/** Encodes without checking (as a forger could), decodes, then restores on the default catalog. */
function open(change: Partial<Configuration>) {
  const decoded = decodeShareCode(encodeShareCode({ ...base, ...change }));
  if (!decoded.ok) throw new Error('the forged code should decode');
  return restoreSharedConfiguration(catalog, decoded.value);
}

const remade = 'Ce lien n’a pas été fait par le configurateur (sa somme de contrôle est juste, pas son contenu)\u00A0: demandez à son auteur de le refaire depuis la page.';
const remadeEn = 'This link was not made by the configurator (its checksum is right, its content is not): ask its author to make it again from the page.';

describe('restoring a decoded link on the catalog of its revision', () => {
  // A link opens on the revision it names, so a value that revision lacks was never written by the configurator.
  it('gives back the configuration, checked by §3', () => {
    expect(open({})).toEqual({ ok: true, value: base });
  });

  it.each([
    ['wrong-catalog', { catalog: '2027-01' }, 'This configuration was made on catalogue 2027-01, not on catalogue 2026-11.',
      'Cette configuration a été faite sur le catalogue 2027-01, pas sur le catalogue 2026-11.'],
    ['unknown-module', { items: [{ module: 'outscale-gpu', quantity: 1 }] }, `The link names a module that catalogue does not offer: outscale-gpu. ${remadeEn}`,
      `Le lien cite un module que ce catalogue ne propose pas\u00A0: outscale-gpu. ${remade}`],
    ['duplicate-module', { items: [{ module: 'outscale-vm', quantity: 1 }, { module: 'outscale-vm', quantity: 2 }] },
      `The link lists the module outscale-vm twice. ${remadeEn}`, `Le lien cite deux fois le module outscale-vm. ${remade}`],
    ['quantity-out-of-range', { items: [{ module: 'outscale-vm', quantity: 501 }] }, `The quantity 501 of outscale-vm is outside 1–500. ${remadeEn}`,
      `La quantité d’outscale-vm doit être comprise entre 1 et 500\u202F; le lien indique 501. ${remade}`],
    ['quantity-off-step', { items: [{ module: 'outscale-storage', quantity: 105 }] }, `The quantity 105 of outscale-storage is not 10 plus a multiple of 10. ${remadeEn}`,
      `La quantité d’outscale-storage se commande par 10 à partir de 10\u202F; le lien indique 105. ${remade}`],
    ['unknown-term', { termMonths: 24 }, `The commitment of 24 months is not offered (available: 1, 12 or 36 months). ${remadeEn}`,
      `L’engagement de 24 mois n’est pas proposé (durées possibles\u00A0: 1, 12 ou 36 mois). ${remade}`],
    ['unknown-qualification', { requirements: ['pci-dss'] }, `The link demands a qualification that catalogue does not know: pci-dss. ${remadeEn}`,
      `Le lien exige une qualification que ce catalogue ne connaît pas\u00A0: pci-dss. ${remade}`],
    ['duplicate-qualification', { requirements: ['hds', 'hds'] }, `The link demands the qualification hds twice. ${remadeEn}`,
      `Le lien exige deux fois la qualification hds. ${remade}`],
  ] as const)('%s', (kind, change, en, fr) => {
    const restored = open(change as Partial<Configuration>);
    if (restored.ok) throw new Error('expected an error');
    expect(restored.error.kind).toBe(kind);
    expect(describeShareError(restored.error, 'en')).toBe(en);
    expect(describeShareError(restored.error, 'fr')).toBe(fr);
  });

  it('names modules by the name the caller gives and formats numbers for the language, the rest unaltered', () => {
    const error = { kind: 'quantity-out-of-range', module: 'alinto-mail-essential', quantity: -5, min: 1, max: 100_000 } as const;
    const name = (id: string) => (id === 'alinto-mail-essential' ? 'Alinto Mail Essentiel' : id);
    expect(describeShareError(error, 'fr', name))
      .toBe(`La quantité d’Alinto Mail Essentiel doit être comprise entre 1 et 100\u202F000\u202F; le lien indique -5. ${remade}`);
    expect(describeShareError(error, 'en', name)).toBe(`The quantity -5 of Alinto Mail Essentiel is outside 1–100,000. ${remadeEn}`);
  });
});
