import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import type { Devis } from '../../src/domain/devis-types';
import type { Language } from '../../src/domain/language';
import { devisTotalSections } from '../../src/domain/devis-rows';
import { layOutDevisPdf, layOutDevisPdfAt, renderDevisPdf } from '../../src/ui/devis-pdf';
import { defaultCatalog } from '../fixtures/catalogs';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';
import { plainSpaces, readPdfPlacedText, readPdfText, type PlacedText } from './devis-pdf-text';
import { LARGEST_BUNDLE } from './share-bundles';

const A4 = { width: 595.28, height: 841.89 };
/** 15 mm in PDF points. */
const MARGIN = (15 * 72) / 25.4;
const catalog = defaultCatalog();

/** The first `count` modules of the default catalog at their default quantities, 36 months, 5 % sales discount. */
function firstModules(count: number): Configuration {
  const items = catalog.modules.slice(0, count).map((m) => ({ module: m.id, quantity: m.quantity.default }));
  return { catalog: catalog.version, items, termMonths: 36, requirements: [], salesDiscountBp: 500 };
}

const devisOf = (configuration: Configuration, lang: Language = 'fr') => aDevis({ configuration, lang });
const pageCount = async (devis: Devis) => (await PDFDocument.load(await renderDevisPdf(devis))).getPageCount();
const compact = (s: string) => plainSpaces(s).replace(/\s+/g, '');
const isFooter = (devis: Devis, text: PlacedText) => text.str.includes(`${devis.wording.number} ${devis.number}`);

describe('a short devis fits one A4 page, signature block included', () => {
  it.each([
    ['3 modules', 'fr', firstModules(3)], ['3 modules', 'en', firstModules(3)],
    ['5 modules', 'fr', firstModules(5)], ['5 modules', 'en', firstModules(5)],
    ['5 modules with discounts and qualifications', 'fr', { ...LARGEST_BUNDLE, items: LARGEST_BUNDLE.items.slice(0, 5) }],
    ['5 modules with discounts and qualifications', 'en', { ...LARGEST_BUNDLE, items: LARGEST_BUNDLE.items.slice(0, 5) }],
  ] as const)('%s (%s)', async (_, lang, configuration) => {
    const devis = devisOf(configuration, lang);
    expect(await pageCount(devis)).toBe(1);
    const [page = ''] = (await readPdfText(await renderDevisPdf(devis))).pages;
    const w = devis.wording;
    for (const text of [devis.customer.company, w.paymentTitle, w.acceptanceTitle, ...devisTotalSections(devis).flatMap((s) => s.rows.map((r) => r.label))]) {
      expect(compact(page)).toContain(compact(text));
    }
  });
});

describe('a devis that would leave its closing alone on a second page is set compactly instead, at the same 9 pt', () => {
  // Five modules with set-up fees, a tiered line (XWiki's first tier has a flat fee) and a customer block on many lines.
  const FIVE_WITH_SETUP = ['cryptpad-enterprise', 'jamespot-intranet', 'xwiki-knowledge', 'glowbl-events', 'datakeen-documents'];
  const configuration: Configuration = {
    catalog: catalog.version, termMonths: 36, requirements: [], salesDiscountBp: 500,
    items: FIVE_WITH_SETUP.map((id) => ({ module: id, quantity: catalog.modules.find((m) => m.id === id)?.quantity.default ?? 1 })),
  };
  const customer = {
    ...DEVIS_CUSTOMER,
    company: 'Établissement public territorial de coopération intercommunale du Grand Lyon et de ses communes associées',
    address: 'Direction des systèmes d’information, bâtiment B, 3e étage\n20 rue du Lac, CS 33569\n69505 Lyon Cedex 03',
    email: 'direction.systemes-information.achats-publics@grandlyon-metropole.example',
  };
  it.each(['fr', 'en'] as const)('%s', async (lang) => {
    const devis = aDevis({ configuration, customer, lang });
    const normal = await layOutDevisPdfAt(devis, 'normal');
    expect(normal.doc.getPageCount()).toBe(2);
    const laidOut = await layOutDevisPdf(devis);
    expect(laidOut.density).toBe('compact');
    expect(laidOut.doc.getPageCount()).toBe(1);
    const [page = ''] = (await readPdfText(await laidOut.doc.save())).pages;
    for (const text of [customer.company, devis.wording.paymentTitle, devis.wording.acceptanceTitle]) expect(compact(page)).toContain(compact(text));
  });
});

describe('a long devis (every module of the catalog: 29 lines)', () => {
  const devis = devisOf(firstModules(catalog.modules.length));
  let pages: PlacedText[][];
  beforeAll(async () => {
    pages = await readPdfPlacedText(await renderDevisPdf(devis));
  });

  it('runs on to more pages, each numbered « n / N » at its foot', () => {
    expect(devis.recurring.lines.length + devis.oneTime.lines.length).toBeGreaterThanOrEqual(25);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.filter((t) => isFooter(devis, t)).map((t) => t.str).join(' ')).toContain(plainSpaces(devis.wording.page(i + 1, pages.length)));
    });
  });

  it('keeps each line whole on one page, under the columns’ header of that page', () => {
    const texts = pages.map((page) => page.map((t) => t.str));
    for (const line of [...devis.recurring.lines, ...devis.oneTime.lines]) {
      const on = texts.findIndex((page) => compact(page.join('')).includes(compact(line.description)));
      expect(on, line.description).toBeGreaterThanOrEqual(0);
      const page = texts[on] ?? [];
      const firstWord = line.description.split(' ')[0] ?? '';
      expect(page.indexOf(devis.wording.columns.description), line.description).toBeLessThan(page.findIndex((s) => s.startsWith(firstWord)));
    }
  });
});

describe.each(['fr', 'en'] as const)('the layout of the PDF (%s)', (lang) => {
  it.each([5, 21])('prints no body text under 9 pt, and nothing within 15 mm of the sheet’s edges (%i modules)', async (count) => {
    const devis = devisOf(firstModules(count), lang);
    for (const page of await readPdfPlacedText(await renderDevisPdf(devis))) {
      for (const text of page) {
        if (!isFooter(devis, text)) expect(text.size, text.str).toBeGreaterThanOrEqual(9);
        expect(text.x, text.str).toBeGreaterThanOrEqual(MARGIN);
        expect(text.x + text.width, text.str).toBeLessThanOrEqual(A4.width - MARGIN + 0.01); // read back from the file: a hundredth of a point of float noise
        expect(text.y, text.str).toBeGreaterThanOrEqual(MARGIN);
        expect(text.y + text.size, text.str).toBeLessThanOrEqual(A4.height - MARGIN);
      }
    }
  });
});

describe('wherever the page breaks fall (1 to 21 modules)', () => {
  const devises = catalog.modules.map((_, i) => devisOf(firstModules(i + 1)));
  let laid: { devis: Devis; pages: PlacedText[][]; placed: Awaited<ReturnType<typeof layOutDevisPdf>>['placed'] }[];
  beforeAll(async () => {
    laid = await Promise.all(devises.map(async (devis) => {
      const { doc, placed } = await layOutDevisPdf(devis);
      return { devis, placed, pages: await readPdfPlacedText(await doc.save()) };
    }));
  });

  it('covers quotes on one page and quotes on several', () => {
    const counts = laid.map(({ pages }) => pages.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  it('keeps the signature block (title, mentions and box) whole, on the last page, inside the margins', () => {
    for (const { devis, pages, placed } of laid) {
      const acceptance = placed.filter((p) => p.block === 'acceptance');
      expect(acceptance).toHaveLength(1);
      const [block] = acceptance;
      expect(block?.page).toBe(block?.lastPage);
      expect(block?.page).toBe(pages.length);
      expect(block?.top).toBeLessThanOrEqual(A4.height - MARGIN);
      expect(block?.bottom).toBeGreaterThanOrEqual(MARGIN);
      const last = compact((pages.at(-1) ?? []).map((t) => t.str).join(''));
      for (const text of [devis.wording.acceptanceTitle, ...devis.wording.acceptanceLines]) expect(last).toContain(compact(text));
    }
  });

  it('never ends a page on a heading', () => {
    for (const { devis, pages } of laid) {
      const w = devis.wording;
      const headings = new Set([w.recurringTitle, w.oneTimeTitle, w.paymentTitle, w.shareTitle, w.acceptanceTitle, w.columns.description, ...devisTotalSections(devis).map((s) => s.title)].map(plainSpaces));
      for (const page of pages.slice(0, -1)) {
        const body = page.filter((t) => !isFooter(devis, t));
        const lowest = body.reduce((a, b) => (b.y < a.y ? b : a));
        expect(headings.has(lowest.str), `${devis.recurring.lines.length} lines: page ends on « ${lowest.str} »`).toBe(false);
      }
    }
  });
});
