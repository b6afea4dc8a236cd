import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import type { Devis } from '../../src/domain/devis-types';
import type { Language } from '../../src/domain/language';
import { renderDevisPdf } from '../../src/ui/devis-pdf';
import { defaultCatalog } from '../fixtures/catalogs';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';
import { plainSpaces, readPdfPlacedText, type PlacedText } from './devis-pdf-text';

const catalog = defaultCatalog();

/** The first `count` modules of the default catalog at their default quantities, 36 months, 5 % sales discount. */
function firstModules(count: number): Configuration {
  const items = catalog.modules.slice(0, count).map((m) => ({ module: m.id, quantity: m.quantity.default }));
  return { catalog: catalog.version, items, termMonths: 36, requirements: [], salesDiscountBp: 500 };
}

/** A customer block on many lines, which pushes the set-up fees' table over the foot of the first page. */
const LONG_CUSTOMER = {
  ...DEVIS_CUSTOMER,
  company: 'Établissement public territorial de coopération intercommunale du Grand Lyon et de ses communes associées',
  address: 'Direction des systèmes d’information, bâtiment B, 3e étage\n20 rue du Lac, CS 33569\n69505 Lyon Cedex 03',
  email: 'direction.systemes-information.achats-publics@grandlyon-metropole.example',
};

const devisOf = (count: number, lang: Language) => aDevis({ lang, configuration: firstModules(count), customer: LONG_CUSTOMER });
const isFooter = (devis: Devis, text: PlacedText) => text.str.includes(`${devis.wording.number} ${devis.number}`);
/** The texts of a page above its footer, top to bottom. */
const body = (devis: Devis, page: readonly PlacedText[]) => page.filter((t) => !isFooter(devis, t)).map((t) => t.str);

describe.each([
  ['fr', 17, 'Frais de mise en service (une seule fois) (suite)', 'Désignation'],
  ['en', 19, 'Set-up fees (one-time) (continued)', 'Description'],
] as const)('a table going on to the next page (%s, %i modules)', (lang, count, title, header) => {
  it('repeats its title, marked continued, above the repeated header', async () => {
    const devis = devisOf(count, lang);
    const [, second = []] = await readPdfPlacedText(await renderDevisPdf(devis));
    expect(body(devis, second).slice(0, 2)).toEqual([title, header]);
  });
});

describe.each(['fr', 'en'] as const)('wherever the page breaks fall (%s, 1 to 21 modules)', (lang) => {
  const devises = catalog.modules.map((_, i) => devisOf(i + 1, lang));
  let laid: { devis: Devis; pages: PlacedText[][] }[];
  beforeAll(async () => {
    laid = await Promise.all(devises.map(async (devis) => ({ devis, pages: await readPdfPlacedText(await renderDevisPdf(devis)) })));
  });

  it('covers a table continued on a second page', () => {
    const header = plainSpaces(devises[0]?.wording.columns.description ?? '');
    expect(laid.some(({ pages }) => pages.slice(1).some((page) => page.some((t) => t.str === header)))).toBe(true);
  });

  it('puts a table title right above every columns’ header, « continued » on a page after the one where its table began', () => {
    for (const { devis, pages } of laid) {
      const w = devis.wording;
      const titles = [w.recurringTitle, w.oneTimeTitle];
      const begun = new Set<string>();
      pages.forEach((page) => {
        const texts = body(devis, page);
        texts.forEach((text, i) => {
          if (text !== plainSpaces(w.columns.description)) return;
          const title = titles.find((t) => [t, w.continued(t)].map(plainSpaces).includes(texts[i - 1] ?? ''));
          expect(title, `${devis.recurring.lines.length} lines: « ${texts[i - 1] ?? ''} » above the header`).toBeDefined();
          expect(texts[i - 1]).toBe(plainSpaces(title !== undefined && begun.has(title) ? w.continued(title) : (title ?? '')));
          if (title !== undefined) begun.add(title);
        });
      });
    }
  });
});
