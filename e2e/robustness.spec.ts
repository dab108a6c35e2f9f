/**
 * Issue 13 in the browser: saves that could not be read are listed, exported
 * and kept; a damaged link pasted into the address bar is reported and the
 * address set back to the scenario shown; a UTF-16 scenario file opens; the
 * preview server forbids framing by other sites; a sensitivity result is
 * marked out of date after an edit.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp, openTab } from './helpers';

test('a save that could not be read is listed with its problem, exported as stored, and kept through other saves', async ({ page }) => {
  await openApp(page);
  const broken = { savedAt: '2026-01-01T00:00:00Z', scenario: { format: 'gonadostat-scenario/1', name: 'Nameless', model: 'male-hpg', days: 90 } };
  await page.evaluate((entry) => localStorage.setItem('gonadostat:saves', JSON.stringify({ format: 'gonadostat-saves/1', saves: [entry] })), broken);
  await page.reload();
  // Saves live in the Share tab, which says so while one could not be read.
  const shareTab = page.getByRole('tab', { name: 'Share', exact: true });
  await expect(shareTab).toHaveAccessibleDescription('1 save in this browser could not be read');
  await expect(shareTab.locator('.tab-flag')).toBeVisible();
  await openTab(page, 'Share');
  const list = page.getByRole('list', { name: 'Saves that could not be read' });
  await expect(list).toContainText('Save 1');
  await expect(list).toContainText('could not be read: it has no name');
  await expectNoAxeViolations(page, 'unreadable saves');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export unreadable save Save 1' }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(broken);

  await page.getByLabel('Save name').fill('Another');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Saved scenarios' })).toContainText('Another');
  await expect(list).toContainText('Save 1');
  await page.getByRole('button', { name: 'Delete unreadable save Save 1' }).click();
  await expect(page.getByTestId('unreadable-saves')).toHaveCount(0);
  await expect(shareTab).toHaveAccessibleDescription('');
  await expect(shareTab.locator('.tab-flag')).toHaveCount(0);
});

test('a damaged link pasted into the address bar is reported, and the address goes back to the scenario shown', async ({ page }) => {
  await openApp(page);
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s=1\./);
  const good = page.url();
  await openTab(page, 'Share');
  await page.evaluate(() => {
    window.location.hash = '#s=1.eyJuYW1lIjoi';
  });
  await expect(page.getByRole('alert')).toContainText('This link could not be opened');
  await expect.poll(() => page.url()).toBe(good);
  await expect(page.getByLabel(/Share link/)).toHaveValue(good);
});

test('opens a UTF-16 scenario file with a byte-order mark', async ({ page }) => {
  await openApp(page);
  const text = JSON.stringify({ format: 'gonadostat-scenario/1', name: 'UTF-16 — ünïcödé', model: 'male-hpg', days: 40 });
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await openTab(page, 'Share');
  await page.getByLabel('Open scenario file…').setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer });
  await expect(page.getByRole('status')).toContainText('Opened the file “utf16.json”');
  await expect(page.locator('.scenario-name')).toContainText('UTF-16 — ünïcödé');
});

test('the preview server forbids framing by other sites and MIME sniffing', async ({ request }) => {
  for (const path of ['/', '/assets/missing-chunk.js', '/sw.js']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  }
});

test('a sensitivity result is marked out of date once the scenario changes', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Research');
  const section = page.locator('section[aria-labelledby="sens-heading"]');
  const parameters = section.getByLabel(/^Parameters/);
  await parameters.selectOption({ index: 0 });
  await section.getByRole('button', { name: 'Run sensitivity' }).click();
  await expect(section.getByTestId('tornado-result')).toBeVisible({ timeout: 30_000 });
  await expect(section.getByTestId('stale-result-note')).toHaveCount(0);
  await page.getByLabel('Simulated days').fill('200');
  await expect(section.getByTestId('stale-result-note')).toContainText('Out of date');
});
