/**
 * The researcher panel: the baseline subject's held steady state and
 * eigenvalues, a parameter refused out of range, a sensitivity sweep with
 * progress, cancel and a tornado (and the sweep throughput with one and two
 * workers, logged for the closing note), a seeded uncertainty band,
 * and axe over the open panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { agentSwitch, collectErrors, expectNoAxeViolations, openApp, openTab } from './helpers';

async function openResearch(page: Page): Promise<void> {
  await openTab(page, 'Research');
  await expect(page.getByRole('heading', { name: 'Steady state and stability' })).toBeVisible();
}

/** Runs the sweep of `heading`'s section to completion on `workers` workers; returns simulations per second. */
async function sweepRate(page: Page, heading: 'sens' | 'unc', workers: number): Promise<{ runs: number; ms: number; perSecond: number }> {
  const section = page.locator(`section[aria-labelledby="${heading}-heading"]`);
  await section.getByLabel('Workers').selectOption(String(workers));
  await section.getByRole('button', { name: heading === 'sens' ? 'Run sensitivity' : 'Run uncertainty' }).click();
  const progress = section.locator('.sweep-progress');
  await expect(progress).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  const runs = Number(await progress.getAttribute('data-total'));
  const ms = Number(await progress.getAttribute('data-elapsed-ms'));
  return { runs, ms, perSecond: runs / (ms / 1000) };
}

test('baseline steady state: outputs at 1, eigenvalues, stable; a parameter out of range is refused by name', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await agentSwitch(page, 'Testosterone cypionate').uncheck();
  await openResearch(page);
  await expect(page.getByTestId('steady-verdict')).toContainText('stable set point', { timeout: 15_000 });
  const outputs = page.locator('.steady-outputs td');
  await expect(outputs.first()).toHaveText('1');
  for (const cell of await outputs.all()) expect(Math.abs(Number(await cell.textContent()) - 1)).toBeLessThan(0.01);
  const eigenRows = page.locator('.eigen-table tbody tr');
  expect(await eigenRows.count()).toBeGreaterThan(5);
  await expect(eigenRows.first()).toContainText('days');
  await expect(page.locator('.eigen-table')).not.toContainText('grows');

  const field = page.getByRole('spinbutton', { name: 'androgenFeedbackWeight value' });
  // An edit keeps every parameter's name whole in the narrow side column (its source moves under the meaning).
  await field.fill('2.5');
  await expect(page.locator('.param-table tr.is-changed')).toHaveCount(1);
  for (const code of await page.locator('.param-table th[scope="row"] code').all()) {
    expect(await code.evaluate((c) => c.scrollWidth <= c.clientWidth + 1 && c.getBoundingClientRect().right <= c.closest('.table-scroll')!.getBoundingClientRect().right + 1)).toBe(true);
  }
  await expect(page.locator('.param-table tr.is-changed .param-source-inline')).toBeVisible();
  await field.fill('50');
  const alert = page.getByRole('alert').filter({ hasText: 'androgenFeedbackWeight' });
  await expect(alert).toContainText('must be between 0 and 5');
  await expect(alert).toContainText('last good value is kept');

  await page.locator('.research-section details summary').first().focus();
  await expectNoAxeViolations(page, 'researcher panel', '.research-section');
  expect(errors).toEqual([]);
});

test('sensitivity: progress, cancel midway, run again to a tornado; throughput with 1 and 2 workers', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await openResearch(page);
  const section = page.locator('section[aria-labelledby="sens-heading"]');
  // Cancel midway: a sweep long enough (2000 runs, ~8 s) that it cannot finish before the click lands.
  const unc = page.locator('section[aria-labelledby="unc-heading"]');
  await unc.getByLabel('Runs (samples)').fill('2000');
  await unc.getByRole('button', { name: 'Run uncertainty' }).click();
  const uncProgress = unc.locator('.sweep-progress');
  await expect.poll(async () => Number(await uncProgress.getAttribute('data-done')), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
  await unc.getByRole('button', { name: 'Cancel' }).click();
  await expect(uncProgress).toHaveAttribute('data-phase', 'cancelled');
  await expect(unc.getByRole('status').filter({ hasText: 'Cancelled after' })).toBeVisible();
  const stopped = await uncProgress.getAttribute('data-done');
  await page.waitForTimeout(400);
  await expect(uncProgress).toHaveAttribute('data-done', stopped!);
  expect(Number(stopped)).toBeLessThan(Number(await uncProgress.getAttribute('data-total')));

  const one = await sweepRate(page, 'sens', 1);
  const two = await sweepRate(page, 'sens', 2);
  await expect(section.locator('svg.tornado .tornado-row').first()).toBeVisible();
  // Every tornado label is whole and inside the chart; the value axis names the metric and its unit.
  const svgBox = (await section.locator('svg.tornado').boundingBox())!;
  for (const label of await section.locator('svg.tornado .tornado-label').all()) {
    const b = (await label.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(svgBox.x - 0.5);
    expect(await label.textContent()).not.toContain('…');
  }
  await expect(section.locator('.tornado-axis-title')).toContainText('(days)');
  await expect(section.getByText('Download sensitivity CSV')).toBeVisible();
  // A longer workload too: 300 uncertainty runs (full trajectories sent back), where worker start-up weighs less.
  await page.locator('section[aria-labelledby="unc-heading"]').getByLabel('Runs (samples)').fill('300');
  const oneUnc = await sweepRate(page, 'unc', 1);
  const twoUnc = await sweepRate(page, 'unc', 2);
  const report = {
    scenario: 'trt-abrupt-stop (default), 547 days',
    sensitivity: { metric: 'testosterone.to90Days', oneWorker: one, twoWorkers: two, speedup: two.perSecond / one.perSecond },
    uncertainty: { samples: 300, oneWorker: oneUnc, twoWorkers: twoUnc, speedup: twoUnc.perSecond / oneUnc.perSecond },
    cores: await page.evaluate(() => navigator.hardwareConcurrency),
  };
  console.log(`sweep throughput: ${JSON.stringify(report)}`);
  await testInfo.attach('sweep-throughput.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  expect(one.perSecond).toBeGreaterThan(1);
  expect(two.perSecond).toBeGreaterThan(1);
  expect(twoUnc.perSecond).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('uncertainty: 20 seeded samples draw a band around the trajectory', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await openResearch(page);
  const section = page.locator('section[aria-labelledby="unc-heading"]');
  await section.getByLabel('Runs (samples)').fill('20');
  await section.getByRole('button', { name: 'Run uncertainty' }).click();
  await expect(section.locator('.sweep-progress')).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  const band = section.locator('[data-testid="band-chart"] path.band-area');
  await expect(band).toHaveAttribute('d', /^M.*Z$/);
  await expect(section.locator('.chart-summary')).toContainText('90% of runs between');
  await expect(section).toContainText('20 of 20 runs succeeded (seed 1');
  expect(errors).toEqual([]);
});
