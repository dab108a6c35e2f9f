import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartSignature, expectChartsChanged, openApp } from './helpers';

/** Presses Tab (or Shift+Tab) until `target` has focus (at most `limit` times), checking each stop has a visible focus indicator. */
async function tabTo(page: Page, target: Locator, limit = 150, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el === null || el === document.body) return null;
      // The indicator may be drawn on the element or, for custom switches and file buttons, on its next sibling.
      const styles = [el, el.nextElementSibling].filter((e): e is Element => e !== null).map((e) => getComputedStyle(e));
      return { visible: styles.some((s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || getComputedStyle(el).strokeWidth === '4px', tag: el.tagName };
    });
    if (focus !== null) expect(focus.visible, `visible focus on ${focus.tag}`).toBe(true);
    if (await handle!.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('could not reach the element with Tab');
}

test('keyboard only: pick a preset, switch an agent on, set its dose, move it on the timeline, pin, reset', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  let signature = await chartSignature(page);

  const preset = page.getByLabel('Preset scenario');
  await tabTo(page, preset);
  await page.keyboard.press('ArrowDown');
  signature = await expectChartsChanged(page, signature);

  const gel = page.getByRole('switch', { name: 'Testosterone gel', exact: true });
  await tabTo(page, gel);
  await page.keyboard.press('Space');
  await expect(gel).toBeChecked();
  signature = await expectChartsChanged(page, signature);

  const dose = page.getByRole('group', { name: 'Testosterone gel regimen' }).getByRole('spinbutton', { name: 'Dose (× reference)' });
  await tabTo(page, dose, 10);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2.5');
  signature = await expectChartsChanged(page, signature);

  const start = page.getByRole('slider', { name: 'Testosterone gel start day' });
  await tabTo(page, start);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(start).toHaveAttribute('aria-valuenow', '14');
  await expectChartsChanged(page, signature);

  const pin = page.getByRole('button', { name: 'Pin to compare' });
  await tabTo(page, pin, 150, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pinned-line').first()).toBeAttached();

  const cursor = page.getByRole('slider', { name: /Cursor day/ });
  await tabTo(page, cursor);
  // While the cursor has focus the charts show their values at it.
  await expect(page.getByTestId('readout-cursor').first()).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { name: 'Lab panel: day 0' })).toBeVisible();

  // Back up to Reset all at the top of the page.
  await tabTo(page, page.getByRole('button', { name: 'Reset all' }), 200, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pinned-line')).toHaveCount(0);
  await expect(gel).not.toBeChecked();
});
