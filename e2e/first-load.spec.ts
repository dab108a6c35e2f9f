import { expect, test } from '@playwright/test';
import { collectErrors, openApp, openTab } from './helpers';

test('first load shows the notice, the charts relative to baseline, the diagram and metrics, with no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await expect(page).toHaveTitle('Gonadostat');
  await expect(page.getByRole('heading', { level: 1, name: 'Gonadostat' })).toBeVisible();
  // The notice is one line in the page header, always shown, and in the footer.
  await expect(page.getByRole('banner').getByTestId('notice-line')).toContainText('A teaching model, not a dosing tool.');
  await expect(page.locator('footer')).toContainText('A teaching model, not a dosing tool.');
  const charts = page.getByRole('figure');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.axis-title', { hasText: '× baseline' }).first()).toBeVisible();
  // The default preset opens on its focus: the series its note talks about.
  expect(await page.locator('.series-line path').count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.chart-summary').first()).toContainText(/of baseline/);
  await expect(page.getByRole('img', { name: /feedback loop on day/i })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Lab panel: day/ })).toBeVisible();
  await openTab(page, 'Recovery');
  await expect(page.getByRole('table').filter({ hasText: 'Days until back to 90%' })).toBeVisible();
  await expect(page.getByRole('switch')).toHaveCount(11);
  // No NaN anywhere in what is drawn.
  const drawn = await page.locator('svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '').join(''));
  expect(drawn).not.toContain('NaN');
  expect(errors).toEqual([]);
});

test('a corrupted or outdated link is reported and the default scenario is shown', async ({ page }) => {
  await openApp(page, '#s=1.eyJuYW1lIjoiQnJva2VuIiwibW9kZWwi');
  await expect(page.getByRole('alert')).toContainText('This link could not be opened: the link is damaged');
  await expect(page.locator('.series-line path').first()).toBeVisible();
  await openApp(page, '#s=9.abc');
  await expect(page.getByRole('alert')).toContainText('link format 9');
  await expect(page.getByRole('alert')).toContainText('different version');
});

test('the time cursor moves the lab panel, the diagram and every chart together', async ({ page }) => {
  await openApp(page);
  const cursor = page.getByRole('slider', { name: /Cursor day/ });
  await cursor.fill('10');
  await expect(page.getByRole('heading', { name: 'Lab panel: day 10' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The feedback loop on day 10' })).toBeVisible();
  const lefts = await page.locator('.chart-cursor').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.left));
  expect(new Set(lefts).size).toBe(1);
  // Clicking a chart moves the cursor there.
  const plot = page.locator('.chart-plot').first();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.click(box.x + box.width - 30, box.y + box.height / 2);
  await expect(page.getByRole('heading', { name: 'Lab panel: day 10' })).toBeHidden();
});
