import { describe, expect, it } from 'vitest';
import { parseConfiguration } from '../../src/domain/configuration';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { SHARE_WORDS_V1 } from '../../src/domain/share-dictionary';
import { crc24 } from '../../src/domain/share-seal';
import { defaultCatalog } from '../fixtures/catalogs';
import { LARGEST_BUNDLE } from './share-bundles';

describe('share code size and stability', () => {
  it('the largest sensible bundle of the default catalog is valid and encodes in at most 160 characters', () => {
    expect(parseConfiguration(defaultCatalog(), LARGEST_BUNDLE).ok).toBe(true);
    expect(LARGEST_BUNDLE.items.every((i) => defaultCatalog().modules.find((m) => m.id === i.module)?.quantity.default !== i.quantity)).toBe(true);
    expect(encodeShareCode(LARGEST_BUNDLE).length).toBeLessThanOrEqual(160);
  });

  it('encodes and decodes a known configuration the same way forever (format 1 is frozen)', () => {
    const configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: ['hds'], salesDiscountBp: 0 };
    expect(encodeShareCode(configuration)).toBe(FROZEN_CODE);
    expect(decodeShareCode(FROZEN_CODE)).toEqual({ ok: true, value: { ...configuration, customer: null } });
  });

  it('keeps the version 1 word list unchanged (codes already shared depend on it)', () => {
    expect(SHARE_WORDS_V1).toHaveLength(37);
    expect(crc24(SHARE_WORDS_V1.join(',')).toString(16)).toBe(FROZEN_WORDS_CRC);
  });
});

const FROZEN_CODE = '1RgFDSXYkGLFAJvDT';
const FROZEN_WORDS_CRC = '145c4b';
