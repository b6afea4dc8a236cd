import { expect, test, type Locator } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

/** What the eye gets of a button: its own opacity times its ancestors', its outline, and what covers its label and colours. */
const looks = (button: Locator) => button.evaluate((el) => {
  let opacity = 1;
  for (let node: Element | null = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
  const style = getComputedStyle(el);
  const veil = getComputedStyle(el, '::after');
  return { opacity, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, veil: veil.content === 'none' ? null : veil.backgroundColor };
});

// The focus ring of styles.css on the light page (--focus): 3px solid #1f4fd1.
const RING = 'solid 3px rgb(31, 79, 209)';

test('an unavailable button that keeps the focus has a dimmed label but its focus ring at full strength', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const undo = page.getByRole('button', { name: /Annuler/ });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await expect(undo).toBeFocused();
  const unavailable = await looks(undo);
  expect(unavailable.opacity).toBe(1);
  expect(unavailable.outline).toBe(RING);
  // Still marked unavailable to the eye: a half-white veil over the label and colours, inside the ring.
  expect(unavailable.veil).toBe('rgba(255, 255, 255, 0.45)');
});
