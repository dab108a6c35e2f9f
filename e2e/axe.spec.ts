import { expect, test } from '@playwright/test';
import { agentSwitch, expectNoAxeViolations, openApp } from './helpers';


test('axe finds no WCAG 2.1 AA violations in the main views', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await expectNoAxeViolations(page, 'first-load');

  // Everything open: a regimen editor, compare, data tables, the diagram in words, a field error.
  await agentSwitch(page, 'Gonadorelin').check();
  await page.getByRole('button', { name: 'Pin this run to compare' }).click();
  await page.getByLabel('Simulated days').fill('200');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await page.getByRole('group', { name: 'Gonadorelin regimen' }).getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('20');
  await expect(page.locator('.field-error').first()).toBeVisible();
  await page.getByRole('button', { name: 'Got it' }).click();
  await expectNoAxeViolations(page, 'everything-open');

  // Log axis and a status message.
  await page.getByRole('radio', { name: 'Log' }).check();
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
