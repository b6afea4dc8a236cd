import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

/** A catalog's text may hold a word wider than a card: a URL in a description, a product code in a name. */
const URL_WORD = 'https://www.alinto.com/fr/produits/messagerie-collaborative-souveraine-hebergee-en-france-documentation-complete';
const CODE_WORD = 'ALINTO-MAIL-ESSENTIAL-PRODUCT-CODE-2026-FR-001';

test.beforeEach(async ({ page }) => {
  // The catalog as a maintainer might write it, served in place of the shipped one.
  await page.route('**/assets/catalog-*.json', async (route) => {
    const catalog = await (await route.fetch()).json();
    const mail = catalog.modules.find((m: { id: string }) => m.id === 'alinto-mail-essential');
    mail.name.fr = `Alinto Messagerie Essentielle ${CODE_WORD}`;
    mail.description.fr = `Voir ${URL_WORD} pour le détail.`;
    await route.fulfill({ json: catalog });
  });
});

for (const width of [360, 1440]) {
  test(`a word wider than its card breaks inside the card at ${width} px: the page never scrolls sideways, nothing runs under the next card`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openConfigurator(page);
    await selectModule(page, `Alinto Messagerie Essentielle ${CODE_WORD}`);
    const card = moduleCard(page, 'alinto-mail-essential');
    await expect(card).toContainText(URL_WORD);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    // The text itself, not the boxes (a paragraph keeps its width while its text runs out of it).
    const inside = await card.evaluate((element) => ['.module-card-name', '.module-card-description'].map((selector) => {
      const text = document.createRange();
      text.selectNodeContents(element.querySelector(selector) ?? element);
      return text.getBoundingClientRect().right <= element.getBoundingClientRect().right;
    }));
    expect(inside).toEqual([true, true]);
    // The quote's line carries the name too, within its panel.
    if (width >= 1000) {
      const lineInside = await page.locator('.quote-line-name', { hasText: CODE_WORD }).first().evaluate((element) => {
        const text = document.createRange();
        text.selectNodeContents(element);
        return text.getBoundingClientRect().right <= (document.getElementById('quote-panel')?.getBoundingClientRect().right ?? 0);
      });
      expect(lineInside).toBe(true);
    }
  });
}
