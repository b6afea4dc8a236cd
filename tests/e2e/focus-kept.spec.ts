import { expect, test, type Page } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

/** The focused element's accessible name as the page holds it ('BODY' when the focus fell to the page). */
const focused = (page: Page) => page.evaluate(() => (document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent : document.activeElement?.tagName));

test('Enter on « Télécharger le devis (PDF) » keeps the focus on it while the PDF is built and after', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  const pdf = page.getByRole('button', { name: 'Télécharger le devis (PDF)' });
  await pdf.focus();
  // Each state the button takes, with where the focus is then: on a loaded machine the PDF can be done (176 ms
  // measured) before a check after the key press comes round, so the states are recorded as they happen.
  await pdf.evaluate((button) => {
    const states: string[] = [];
    (window as unknown as { pdfStates: string[] }).pdfStates = states;
    new MutationObserver(() => states.push(`${button.getAttribute('aria-disabled')} ${document.activeElement === button ? 'focused' : 'not focused'}`))
      .observe(button, { attributes: true, attributeFilter: ['aria-disabled'] });
  });
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await download;
  await expect.poll(() => page.evaluate(() => (window as unknown as { pdfStates: string[] }).pdfStates)).toEqual(['true focused', 'null focused']);
  await expect(pdf).not.toHaveAttribute('aria-disabled');
  expect(await focused(page)).toBe('Télécharger le devis (PDF)');
});

test('Enter on « Annuler » until the history is empty, then on « Rétablir » until nothing is left to redo, never drops the focus', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  const undo = page.getByRole('button', { name: /Annuler/ });
  await undo.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
  await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  expect(await focused(page)).toBe('Annuler');

  const redo = page.getByRole('button', { name: /Rétablir/ });
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Rétablir');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
  await expect(page.locator('[data-state="selected"]')).toHaveCount(2);
  await expect(redo).toHaveAttribute('aria-disabled', 'true');
  expect(await focused(page)).toBe('Rétablir');
});
