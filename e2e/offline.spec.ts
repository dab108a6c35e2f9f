/**
 * Offline use: after one visit the service worker controls the page; with the
 * network off, a reload still renders the app and it still simulates (the
 * simulation worker's chunk comes from the cache too).
 */
import { expect, test } from '@playwright/test';
import { agentSwitch, chartSignature, expectChartsChanged, openApp } from './helpers';

test('the app loads and simulates offline after the first visit', async ({ page, context }) => {
  await openApp(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gonadostat', level: 1 })).toBeVisible();
  const before = await chartSignature(page);
  await agentSwitch(page, 'hCG').check();
  await expectChartsChanged(page, before);
  await context.setOffline(false);
});
