import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/domain/share-code';
import { decodeShareLink, extractShareCode, pageAddress, shareUrl } from '../../src/domain/share-link';

const code = encodeShareCode({ catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 });

describe('share links', () => {
  it.each([
    ['https://collabnext.example/configurateur/', `https://collabnext.example/configurateur/#${code}`],
    ['https://collabnext.example/configurateur/?lang=en#1oldcode', `https://collabnext.example/configurateur/#${code}`],
    ['https://collabnext.example/configurateur/?utm_source=mail&token=s3cr3t', `https://collabnext.example/configurateur/#${code}`],
    ['https://collabnext.example/configurateur/index.html?#', `https://collabnext.example/configurateur/index.html#${code}`],
    ['http://127.0.0.1:5173/', `http://127.0.0.1:5173/#${code}`],
    ['https://collabnext.example/configurateur/%231oldcode', `https://collabnext.example/configurateur/#${code}`],
    ['https://collabnext.example/%231oldcode?lang=en', `https://collabnext.example/#${code}`],
    ['https://collabnext.example/c%23/', `https://collabnext.example/c%23/#${code}`],
    ['https://collabnext.example/c%23/%231oldcode', `https://collabnext.example/c%23/#${code}`],
  ])('puts the code in the fragment of %s, replacing any old one, and leaves the query out', (base, expected) => {
    expect(shareUrl(base, code)).toBe(expected);
  });

  it.each([
    ['a bare code', code],
    ['a whole link', `https://collabnext.example/configurateur/#${code}`],
    ['a link with a query', `https://collabnext.example/?lang=fr#${code}`],
    ['a link wrapped by a mail client', ` <https://collabnext.example/#${code}> `],
    ['a quoted code', `"${code}"`],
    ['a relative link', `/configurateur/#${code}`],
    ['a link whose « # » a mail client wrote %23', `https://collabnext.example/configurateur/%23${code}`],
    ['a link in a folder named with %23', `https://collabnext.example/c%23/#${code}`],
    ['a mangled link in a folder named with %23', `https://collabnext.example/c%23/%23${code}`],
    ['a mangled link with a query after it', `https://collabnext.example/configurateur/%23${code}?utm_source=mail`],
    ['a mangled link wrapped by a mail client', `<https://collabnext.example/%23${code}>`],
  ])('finds the code in %s', (_, text) => {
    expect(extractShareCode(text)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://collabnext.example/configurateur/', 'no-code'],
    ['https://collabnext.example/configurateur/#', 'no-code'],
    ['./quote.html', 'no-code'],
    ['https://collabnext.example/configurateur/%23', 'no-code'],
    ['https://collabnext.example/c%23/', 'no-code'],
  ])('reports %j as %s', (text, kind) => {
    expect(extractShareCode(text)).toEqual({ ok: false, error: { kind } });
  });

  it.each([
    ['https://collabnext.example/configurateur/#1code', 'https://collabnext.example/configurateur/'],
    ['https://collabnext.example/configurateur/%231code', 'https://collabnext.example/configurateur/'],
    ['https://collabnext.example/c%23/?lang=en', 'https://collabnext.example/c%23/'],
  ])('the page’s own address in %s is %s (what erasing the data leaves in the address bar)', (url, page) => {
    expect(pageAddress(url)).toBe(page);
  });

  it('decodes a pasted link in one call', () => {
    const opened = decodeShareLink(`https://collabnext.example/#${code}`);
    expect(opened.ok && opened.value.items).toEqual([{ module: 'outscale-vm', quantity: 4 }]);
  });
});
