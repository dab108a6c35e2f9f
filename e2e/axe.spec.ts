/**
 * axe over every view (WCAG 2.1 A and AA and axe's best practices, so every
 * part of the page sits in a landmark): first load, each side tab, everything
 * opened at once, the series menu and the readout, the log axis with a
 * status message, and the phone view with a link error. Presentation, embed,
 * lessons and the glossary run axe in their own specs.
 */
import { expect, test } from '@playwright/test';
import { agentSwitch, expectNoAxeViolations, openApp, openTab } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('axe: first load and every side tab', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await expectNoAxeViolations(page, 'first-load');
  for (const tab of ['Why', 'Recovery', 'Share', 'Research'] as const) {
    await openTab(page, tab);
    if (tab === 'Why') await expect(page.getByTestId('why-sentence')).toBeVisible();
    if (tab === 'Research') await expect(page.getByRole('heading', { name: 'Steady state and stability' })).toBeVisible();
    await expectNoAxeViolations(page, `${tab} tab`);
  }
});

test('axe: everything open, the series menu, the readout, the log axis and a status message', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  // A regimen editor, compare, data tables and words, the diagram in words, a field error.
  await agentSwitch(page, 'Gonadorelin').check();
  await page.getByRole('button', { name: 'Pin to compare' }).click();
  await page.getByLabel('Simulated days').fill('200');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await page.locator('.diagram-panel').getByRole('button', { name: 'In words' }).click();
  await page.getByRole('group', { name: 'Gonadorelin regimen' }).getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('25');
  await expect(page.locator('.field-error').first()).toBeVisible();
  await expectNoAxeViolations(page, 'everything-open');

  await page.getByRole('button', { name: /^Series/ }).click();
  await expect(page.getByRole('group', { name: 'Show on the charts' })).toBeVisible();
  await expectNoAxeViolations(page, 'series menu');
  await page.keyboard.press('Escape');

  const plot = page.locator('.chart-plot').first();
  const box = (await plot.boundingBox())!;
  await plot.hover({ position: { x: box.width * 0.5, y: box.height * 0.4 } });
  await expect(page.getByTestId('readout-hover')).toBeVisible();
  await expectNoAxeViolations(page, 'hover readout');

  await page.getByRole('radio', { name: 'Log' }).check();
  await openTab(page, 'Share');
  await page.getByLabel('Save name').fill('Axe');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectNoAxeViolations(page, 'log-axis-and-status');
});

test('axe: phone view and a bad-link error', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '#s=1.!!!');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expectNoAxeViolations(page, 'phone-with-error');
});
