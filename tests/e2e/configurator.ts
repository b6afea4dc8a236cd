import { expect, type Locator, type Page } from '@playwright/test';

/** Domain-level helpers for browser journeys: they speak of modules and totals, not of layout. */
export const moduleCard = (page: Page, moduleId: string): Locator => page.locator(`[data-module="${moduleId}"]`);

export async function openConfigurator(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('[data-module]').first()).toBeVisible();
}

/** The page's later behaviours (undo keys, address sync, the phone sheet's folding…) are running, not only fetched. */
export async function laterBehavioursRunning(page: Page): Promise<void> {
  await expect(page.locator('html[data-later-behaviours="running"]')).toBeAttached();
}

export async function selectModule(page: Page, moduleName: string): Promise<void> {
  await page.getByRole('checkbox', { name: moduleName, exact: true }).check();
}

export async function totalCents(page: Page, name: string): Promise<number> {
  const cents = await page.locator(`[data-total="${name}"]`).first().getAttribute('data-cents');
  return Number(cents);
}
