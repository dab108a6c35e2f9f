import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { agentSwitch, openApp } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function scan(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations in the ${view} view`).toEqual([]);
}

test('axe finds no WCAG 2.1 AA violations in the main views', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await scan(page, 'first-load');

  // Everything open: a regimen editor, compare, data tables, the diagram in words, a field error.
  await agentSwitch(page, 'Gonadorelin').check();
  await page.getByRole('button', { name: 'Pin this run to compare' }).click();
  await page.getByLabel('Simulated days').fill('200');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await page.getByRole('group', { name: 'Gonadorelin regimen' }).getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('20');
  await expect(page.locator('.field-error').first()).toBeVisible();
  await page.getByRole('button', { name: 'Got it' }).click();
  await scan(page, 'everything-open');

  // Log axis and a status message.
  await page.getByRole('radio', { name: 'Log' }).check();
  await page.getByLabel('Save name').fill('Axe');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await scan(page, 'log-axis-and-status');
});

test('axe: phone view and a bad-link error', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '#s=1.!!!');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await scan(page, 'phone-with-error');
});
