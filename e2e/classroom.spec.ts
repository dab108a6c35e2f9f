/**
 * Classroom modes: presentation mode (button and ?present=1), embed mode
 * (?embed=1), the keyboard-shortcuts dialog (open with ?, close with Escape)
 * and play/pause of the time cursor; axe over each.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openApp } from './helpers';


test('presentation mode by button and by ?present=1', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page.getByRole('button', { name: 'Presentation' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.control-area')).toBeHidden();
  await expect(page.locator('.research-section')).toBeHidden();
  await expect(page.locator('[data-testid="charts"]')).toBeVisible();
  await expect(page.locator('.diagram-panel')).toBeVisible();
  await expect(page.locator('.site-footer')).toContainText('A teaching model, not a dosing tool.');
  await expect(page).toHaveURL(/\?present=1#s=/);
  await expectNoAxeViolations(page, 'presentation');

  await page.goto('/?present=1');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await page.keyboard.press('f');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');
  await expect(page.locator('.control-area')).toBeVisible();
  expect(errors).toEqual([]);
});

test('embed mode: charts, diagram and notice; one link out', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?embed=1');
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
  const link = page.getByRole('link', { name: /Open in Gonadostat/ });
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).not.toContain('embed');
  await expect(page.locator('header button:visible')).toHaveCount(0);
  await expect(page.locator('.control-area')).toBeHidden();
  await expect(page.locator('.diagram-panel')).toBeVisible();
  await expect(page.locator('.site-footer')).toContainText('A teaching model, not a dosing tool.');
  await expectNoAxeViolations(page, 'embed');
  expect(errors).toEqual([]);
});

test('shortcuts dialog by keyboard; play/pause moves the cursor; keys in fields do nothing', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.getByLabel('Simulated days').focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Play or pause the time cursor');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectNoAxeViolations(page, 'shortcuts dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const cursor = page.getByRole('slider', { name: /Cursor day/ });
  const before = Number(await cursor.inputValue());
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Pause cursor' })).toBeVisible();
  await expect.poll(async () => Number(await cursor.inputValue()), { timeout: 5_000 }).toBeGreaterThan(before + 5);
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Play cursor' })).toBeVisible();
  const paused = await cursor.inputValue();
  await page.waitForTimeout(300);
  expect(await cursor.inputValue()).toBe(paused);
  expect(errors).toEqual([]);
});
