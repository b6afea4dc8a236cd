import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { emptyCustomer } from '../../src/domain/customer';
import { BitWriter } from '../../src/domain/share-bits';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { decodeShareLink } from '../../src/domain/share-link';
import { describeShareError } from '../../src/domain/share-messages';
import { writeRevision } from '../../src/domain/share-revision';
import { sealShareCode } from '../../src/domain/share-seal';

const configuration: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
const valid = encodeShareCode(configuration);
const again = 'Copy the whole link again from the original message.';
const encore = 'Copiez à nouveau le lien complet depuis le message d’origine.';

/** A code with a correct envelope around hand-written bits, as a forger would make it. */
function forge(write: (out: BitWriter) => void): string {
  const out = new BitWriter();
  writeRevision(out, '2026-11');
  write(out);
  return sealShareCode(out.toBase64url());
}
const customerWithByte = (byte: number) =>
  forge((out) => {
    [0, 11, 0, 0].forEach((v) => out.writeUint(v));
    out.write(1, 1);
    out.writeUint(1);
    out.write(byte, 8);
  });

describe('decoding refuses bad codes with a specific message', () => {
  it.each([
    ['empty', '', 'There is no share code to open.', 'Il n’y a aucun code de partage à ouvrir.'],
    ['not-a-share-code', 'hello', 'This is not a CollabNext share code.', 'Ce n’est pas un code de partage CollabNext.'],
    ['unsupported-version', `2${valid.slice(1)}`,
      'This link was made by a newer version of the configurator (code format 2); reload the page to update it.',
      'Ce lien vient d’une version plus récente du configurateur (format de code 2)\u202F; rechargez la page pour la mettre à jour.'],
    ['bad-character', `${valid.slice(0, 2)}$${valid.slice(3)}`,
      `The link contains a character that does not belong to it (“$”, U+0024, at position 3). ${again}`,
      `Le lien contient un caractère qui n’en fait pas partie («\u00A0$\u00A0», U+0024, en position 3). ${encore}`],
    ['bad-character (invisible)', `${valid}\u200b`,
      `The link contains a character that does not belong to it (U+200B, at position ${valid.length + 1}). ${again}`,
      `Le lien contient un caractère qui n’en fait pas partie (U+200B, en position ${valid.length + 1}). ${encore}`],
    ['bad-character (typed in the address bar, which wrote it %F0%9F%98%80: QA said « % »)', '1%F0%9F%98%80',
      `The link contains a character that does not belong to it (“😀”, U+1F600, at position 2). ${again}`,
      `Le lien contient un caractère qui n’en fait pas partie («\u00A0😀\u00A0», U+1F600, en position 2). ${encore}`],
    ['bad-character (a lone « % »)', `${valid.slice(0, 2)}%${valid.slice(3)}`,
      `The link contains a character that does not belong to it (“%”, U+0025, at position 3). ${again}`,
      `Le lien contient un caractère qui n’en fait pas partie («\u00A0%\u00A0», U+0025, en position 3). ${encore}`],
    ['too-long', `1${'A'.repeat(16_000)}`, 'The code is too long (16,001 characters, at most 16,000); it was not read.',
      'Le code est trop long (16\u202F001 caractères, au plus 16\u202F000)\u202F; il n’a pas été lu.'],
    ['wrong-length (truncated)', valid.slice(0, -3), `The link is incomplete: characters are missing (or were added) at the end. ${again}`,
      `Le lien est incomplet\u00A0: des caractères manquent (ou ont été ajoutés) à la fin. ${encore}`],
    ['corrupted', `${valid.slice(0, 4)}${valid[4] === 'Q' ? 'R' : 'Q'}${valid.slice(5)}`,
      `The link was altered or damaged (its checksum does not match). ${again}`,
      `Le lien a été modifié ou abîmé (sa somme de contrôle ne correspond pas). ${encore}`],
    ['malformed', sealShareCode(`${valid.slice(2, -4)}A`),
      'The code is not a valid configuration (extra data at the end), although its checksum matches: it was probably forged.',
      'Le code n’est pas une configuration valide (des données en trop à la fin), bien que sa somme de contrôle soit juste\u00A0: il a sans doute été forgé.'],
    ['too-large', forge((out) => out.writeUint(1_000_000_000)), 'The code holds too many items (1,000,000,000, at most 1,000).',
      'Le code contient trop de modules (1\u202F000\u202F000\u202F000, au plus 1\u202F000).'],
    ['out-of-range', forge((out) => [0, 11, 0, 10_001].forEach((v) => out.writeUint(v))), 'The code holds an impossible sales discount.',
      'Le code contient une remise commerciale impossible.'],
    ['invalid-text (UTF-8)', customerWithByte(0xff), 'The customer detail “Company name” is not valid UTF-8 text; the link was not opened.',
      'L’information client «\u00A0Raison sociale\u00A0» n’est pas un texte UTF-8 valide\u202F; le lien n’a pas été ouvert.'],
    ['invalid-text (control)', customerWithByte(0x1b), 'The customer detail “Company name” contains control characters; the link was not opened.',
      'L’information client «\u00A0Raison sociale\u00A0» contient des caractères de contrôle\u202F; le lien n’a pas été ouvert.'],
  ])('%s', (_, code, en, fr) => {
    const decoded = decodeShareCode(code);
    if (decoded.ok) throw new Error('expected an error');
    expect(describeShareError(decoded.error, 'en')).toBe(en);
    expect(describeShareError(decoded.error, 'fr')).toBe(fr);
  });

  it('no-code: a link without a fragment', () => {
    const decoded = decodeShareLink('https://collabnext.example/configurateur/');
    expect(decoded).toEqual({ ok: false, error: { kind: 'no-code' } });
    if (decoded.ok) return;
    expect(describeShareError(decoded.error, 'en')).toBe('This link carries no configuration (nothing after “#”).');
    expect(describeShareError(decoded.error, 'fr')).toBe('Ce lien ne contient aucune configuration (rien après «\u00A0#\u00A0»).');
  });

  it('tells a cut code from an edited one', () => {
    expect(decodeShareCode(valid.slice(0, -1))).toEqual({ ok: false, error: { kind: 'wrong-length' } });
    expect(decodeShareCode(`${valid}A`)).toEqual({ ok: false, error: { kind: 'wrong-length' } });
    expect(decodeShareCode(valid.replace(valid[8] ?? '', valid[8] === 'x' ? 'y' : 'x'))).toEqual({ ok: false, error: { kind: 'corrupted' } });
  });

  it('keeps script in a customer text as an inert string', () => {
    const customer = { ...emptyCustomer(), company: '<script>alert(1)</script>', address: '1 rue de la Paix\n75002 Paris' };
    const decoded = decodeShareCode(encodeShareCode(configuration, { customer }));
    expect(decoded.ok && decoded.value.customer).toEqual(customer);
  });

  it('refuses to encode what no catalog can hold (a programming error, thrown)', () => {
    expect(() => encodeShareCode({ ...configuration, items: [{ module: 'Outscale VM', quantity: 1 }] })).toThrow(RangeError);
    expect(() => encodeShareCode({ ...configuration, items: [{ module: 'outscale-vm', quantity: 0 }] })).toThrow(RangeError);
  });

  it('refuses numbers beyond 2^53 − 1 before they lose precision', () => {
    const code = forge((out) => {
      out.writeUint(1);
      out.writeUint(0);
      out.write(63, 6);
      out.writeUint(1);
      out.write(0, 6);
      out.write(0, 60);
    });
    expect(decodeShareCode(code)).toEqual({ ok: false, error: { kind: 'out-of-range', what: 'number' } });
  });
});
