import { test, expect } from '@playwright/test';

test('first load shows the title, the teaching notice and a chart, with no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/');
  await expect(page).toHaveTitle('Gonadostat');
  await expect(page.getByRole('heading', { level: 1, name: 'Gonadostat' })).toBeVisible();
  await expect(page.getByText('A teaching model, not a dosing tool.').first()).toBeVisible();
  const chart = page.getByRole('figure', { name: /hormone trajectories/i });
  await expect(chart.locator('path.recharts-curve').first()).toBeVisible();
  expect(await chart.locator('path.recharts-curve').count()).toBeGreaterThanOrEqual(3);
  expect(errors).toEqual([]);
});
