/**
 * The somatotropic axis (gh-igf1) in the browser: choosing it in the Subject
 * panel switches the charts, the agent list and the loop diagram to its own, a
 * preset of it loads with its note and focus, the synergy lesson runs, and
 * "Show GH pulses" draws the pulses and the metrics count them; axe on each view.
 */
import { expect, test } from '@playwright/test';
import { findPreset } from '../src/core/scenario/presets';
import { chartSignature, collectErrors, expectChartsChanged, expectNoAxeViolations, openApp, openTab, plainText } from './helpers';

test('choosing the GH axis shows its hormones and its agents, and a preset of it runs', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await expect(page.locator('.tagline')).toHaveText(/gonadal axis/);
  const before = await chartSignature(page);
  await page.getByLabel('Model', { exact: true }).selectOption('gh-igf1');
  await expectChartsChanged(page, before);
  // The header names the axis on screen, never the other one.
  await expect(page.locator('.tagline')).toHaveText(/growth-hormone axis/);
  await expect(page.getByRole('status')).toContainText('Somatotropic axis');
  await expect(page.getByRole('switch', { name: 'Ibutamoren', exact: true })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'hCG', exact: true })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /GH deficiency/ })).toBeVisible();
  await expectNoAxeViolations(page, 'GH axis');

  const preset = findPreset('gh-mk677-older-man')!;
  const untreated = await chartSignature(page);
  await page.getByLabel('Preset scenario').selectOption(preset.id);
  await expectChartsChanged(page, untreated);
  await expect(page.locator('.scenario-name')).toContainText(preset.scenario.name);
  await expect.poll(() => plainText(page, '.scenario-header .look-for-text')).toContain(preset.lookFor);
  const shown = await page.locator('[data-testid="charts"] .series-line').evaluateAll((gs) => gs.map((g) => g.getAttribute('class')!.replace('series-line series-', '')));
  expect(new Set(shown)).toEqual(new Set(preset.focus));
  await expect(page.getByRole('heading', { name: 'GH and IGF-1 in the blood' })).toBeVisible();
  expect(await chartSignature(page)).not.toContain('NaN');
  await expect(page.getByRole('switch', { name: 'Ibutamoren', exact: true })).toBeChecked();
  // The loop diagram draws this axis: the liver instead of the testes, and the brakes the model declares.
  await expect(page.locator('.diagram-panel .organ-liver')).toBeVisible();
  await expect(page.locator('.diagram-panel .organ-testes')).toHaveCount(0);
  await expect(page.locator('.diagram-panel .signal-srif-pit, .diagram-panel .signal-igf-pit')).toHaveCount(2);
  await expectNoAxeViolations(page, 'GH preset');
  // Its metrics in the Recovery tab (GH brief §8).
  await openTab(page, 'Recovery');
  const metrics = page.getByRole('region', { name: 'GH-axis metrics table' });
  await expect(metrics.getByRole('row', { name: /IGF-1 at the end/ })).toBeVisible();
  await expect(page.getByText(/Ghrelin receptors responsive at the end: \d+%/)).toBeVisible();
  await expectNoAxeViolations(page, 'GH metrics');
  expect(errors).toEqual([]);
});

test('the synergy lesson: predict, run, and the model bears out "several times the sum"', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByText(/Guided lessons: predict, run, explain/).click();
  await page.getByRole('button', { name: /Two secretagogues together/ }).click();
  const view = page.locator('.lesson-view');
  await expect(view.getByRole('heading', { name: 'Two secretagogues together: more than the sum' })).toBeVisible();
  await view.getByRole('radio', { name: /several times the sum/ }).check();
  await view.getByRole('button', { name: 'Commit my prediction' }).click();
  await view.getByRole('button', { name: 'Run the lesson' }).click();
  await expect(view.getByTestId('lesson-verdict')).toContainText(/^Right:/);
  await expect(view.getByText(/the synergy follows from the multiplication/)).toBeVisible();
  await expectNoAxeViolations(page, 'GH lesson after running');
  expect(errors).toEqual([]);
});

test('"Show GH pulses" draws eight GH pulses a day and the metrics count them', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByLabel('Model', { exact: true }).selectOption('gh-igf1');
  const pulses = page.getByRole('checkbox', { name: 'Show GH pulses' });
  // The default run is too long for explicit pulses: the box waits for a short window.
  await expect(pulses).toBeDisabled();
  await page.getByLabel('Simulated days').fill('3');
  await page.getByLabel('Simulated days').press('Enter');
  await expect(pulses).toBeEnabled();
  const averaged = await chartSignature(page);
  await pulses.check();
  await expectChartsChanged(page, averaged);
  await expect(page.locator('.chart-legend [data-series="gh"] .legend-note')).toHaveText('(own + given, pulses)');
  expect(await chartSignature(page)).not.toContain('NaN');
  // Between two pulses GH is near zero: the lab panel does not call that "low".
  await expect(page.locator('.lab-panel .hint')).toContainText('With explicit pulses');
  await expect(page.locator('.lab-table td.flag')).toHaveCount(0);
  await openTab(page, 'Recovery');
  await expect(page.getByText(/GH pulses from the pituitary in the last 24 hours: 8, peaking on average at/)).toBeVisible();
  await expectNoAxeViolations(page, 'GH pulses');
  expect(errors).toEqual([]);
});
