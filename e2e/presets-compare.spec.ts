import { expect, test } from '@playwright/test';
import { PRESETS } from '../src/core/scenario/presets';
import { chartSignature, collectErrors, expectChartsChanged, openApp, openTab, plainText } from './helpers';

test('every preset loads, with its note on what to look for and finite charts', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  const select = page.getByLabel('Preset scenario');
  for (const preset of PRESETS) {
    await test.step(preset.title, async () => {
      await select.selectOption(preset.id);
      await expect(page.locator('.scenario-name')).toContainText(preset.scenario.name);
      await expect.poll(() => plainText(page, '.scenario-header .look-for-text')).toContain(preset.lookFor);
      // The charts show the preset's focus: the series its note talks about.
      // (Polled: a preset of another model draws once its first run, which finds the model's baseline, is in.)
      const shown = () => page.locator('[data-testid="charts"] .series-line').evaluateAll((gs) => gs.map((g) => g.getAttribute('class')!.replace('series-line series-', '')));
      await expect.poll(async () => [...new Set(await shown())].sort(), { timeout: 10_000 }).toEqual([...new Set(preset.focus)].sort());
      await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
      // (A line flat at zero, e.g. GnRH with GnRH deficiency, has no visible height, so check it is drawn.)
      await expect(page.locator('.series-line path').first()).toBeAttached();
      const drawn = await chartSignature(page);
      expect(drawn).toMatch(/^M/);
      expect(drawn).not.toContain('NaN');
      await expect(page.locator('[role="alert"]')).toBeEmpty();
    });
  }
  expect(errors).toEqual([]);
});

test('compare: pin a run, change the scenario, see both with their metrics; Reset all returns to the default', async ({ page }) => {
  await openApp(page);
  const firstName = (await page.locator('.scenario-name').textContent())!.replace('simulating…', '').trim();
  await page.getByRole('button', { name: 'Pin to compare' }).click();
  await expect(page.getByRole('status')).toContainText('Pinned');
  expect(await page.locator('.pinned-line path').count()).toBeGreaterThan(0);

  const before = await chartSignature(page);
  const second = PRESETS.find((p) => p.scenario.model === 'male-hpg' && p.scenario.name !== firstName)!;
  await page.getByLabel('Preset scenario').selectOption(second.id);
  await expectChartsChanged(page, before);
  await expect(page.getByTestId('pinned-name')).toHaveText(`Grey: pinned run “${firstName}”`);
  await expect(page.getByTestId('pinned-name')).toHaveCount(1);
  await expect(page.locator('.lab-table .pinned-value').first()).toBeVisible();
  // One recovery table compares the runs, with a difference column.
  await openTab(page, 'Recovery');
  const table = page.getByRole('table').filter({ hasText: 'Difference' });
  await expect(table).toHaveCount(1);
  await expect(table.locator('caption')).toContainText(`pinned run (“${firstName}”)`);
  await expect(table.locator('thead th')).toHaveText(['Output and measure', 'This run', 'Pinned', 'Difference']);
  await expect(table.locator('td.metric-difference').first()).toHaveText(/^(same|[+−]\S+)/);

  await page.getByRole('button', { name: 'Unpin' }).click();
  await expect(page.locator('.pinned-line')).toHaveCount(0);
  await page.getByRole('button', { name: 'Pin to compare' }).click();

  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.locator('.scenario-name')).toContainText(firstName);
  await expect(page.locator('.pinned-line')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Reset');
});
