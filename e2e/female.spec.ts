/**
 * The female model in the app: chosen in the Subject panel, it shows a
 * menstrual cycle (an LH surge and a luteal progesterone rise every ~28 days),
 * says what 1× means for a rhythm, offers its own agents and conditions, and
 * its presets (the pill, menopause with an estradiol patch) load from the
 * preset switcher — all without accessibility violations.
 */
import { expect, test } from '@playwright/test';
import { agentSwitch, collectErrors, expectNoAxeViolations, openApp, openTab } from './helpers';

test('choosing the female model shows a cycle, its own agents and conditions, and passes axe', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByLabel('Model', { exact: true }).selectOption('female-hpg');
  await expect(page.getByTestId('baseline-note')).toContainText('average over a healthy untreated cycle');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  // The blood chart draws LH and progesterone; the ovary chart the follicles and corpus luteum.
  await expect(page.locator('[data-chart="chart-blood"]')).toBeVisible();
  await expect(page.locator('[data-chart="chart-ovary"]')).toBeVisible();
  await expect(agentSwitch(page, 'Combined pill')).toBeVisible();
  await expect(agentSwitch(page, 'Estradiol patch')).toBeVisible();
  // A male-only agent says it would move the scenario to the male model.
  await expect(page.locator('#agent-hint-hcg')).toContainText('not in the Female HPG axis (menstrual cycle); switching it on moves to the Male HPG axis');
  await expect(page.getByRole('checkbox', { name: /Menopause/ })).toBeVisible();
  await expect(page.getByText('A teaching model, not a dosing tool.').first()).toBeVisible();
  await expectNoAxeViolations(page, 'female model');
  expect(errors).toEqual([]);
});

test('the natural-cycle preset shows a luteal phase every cycle, and the pill preset none', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  const select = page.getByLabel('Preset scenario');
  await select.selectOption('natural-cycle');
  await expect(page.locator('.scenario-name')).toContainText('Natural cycle');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  // Each ovulation is marked on the first chart, and said in its words.
  await expect(page.locator('[data-chart="chart-blood"] .markers .marker')).toHaveCount(3);
  await expect(page.locator('[data-chart="chart-blood"] .chart-summary')).toContainText('marks each ovulation (LH peak): day');
  // Luteal phases, read off the blood chart's data table: runs of days with progesterone above 2× its cycle mean.
  const lutealPhases = async (): Promise<number> => {
    const details = page.locator('[data-chart="chart-blood"] details.data-table');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    await expect(details.locator('table tbody tr').first()).toBeVisible();
    return details.evaluate((d) => {
      const header = [...d.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const col = header.findIndex((h) => h.startsWith('Progesterone'));
      let count = 0;
      let above = false;
      for (const row of d.querySelectorAll('tbody tr')) {
        const v = Number((row.children[col]?.textContent ?? '').replace(/[^0-9.]/g, '')) || 0;
        if (v > 2 && !above) count++;
        above = v > 2;
      }
      return count;
    });
  };
  expect(await lutealPhases()).toBeGreaterThanOrEqual(3);
  await select.selectOption('combined-pill');
  await expect(page.locator('.scenario-name')).toContainText('Combined pill');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  await expect.poll(lutealPhases).toBe(0);
  await expect(page.locator('[data-chart="chart-blood"] .markers .marker')).toHaveCount(0);
  await expect(page.locator('[data-chart="chart-blood"] .chart-summary')).toContainText('No ovulation in this run.');
  await select.selectOption('menopause-estradiol-patch');
  await expect(page.locator('.timeline-label', { hasText: 'Estradiol patch' }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'menopause with an estradiol patch');
  expect(errors).toEqual([]);
});

test('the loop diagram draws the ovaries, and every side tab works on the female model without errors or accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByLabel('Preset scenario').selectOption('natural-cycle');
  await expect(page.locator('.scenario-name')).toContainText('Natural cycle');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  // The loop diagram draws the ovaries and progesterone's brake, not the testes.
  await expect(page.locator('.loop-diagram')).toContainText('Ovaries');
  await expect(page.locator('.loop-diagram')).toContainText('P4');
  await expect(page.locator('.loop-diagram')).not.toContainText('Testes');
  for (const tab of ['Lab', 'Why', 'Recovery', 'Share', 'Research'] as const) {
    await test.step(tab, async () => {
      await openTab(page, tab);
      // The why-view breaks down the female model's own declared brakes (progesterone, estradiol, inhibins).
      if (tab === 'Why') await expect(page.getByTestId('why-sentence')).toContainText(/Estradiol|Progesterone|Inhibin/);
      // A healthy cycle swings far around its average: the lab panel says so and flags nothing "low" or "high".
      // The Recovery tab of a cycling model gives its cycle metrics, not recovery from suppression.
      if (tab === 'Recovery') {
        await expect(page.getByRole('heading', { name: 'Cycle metrics' })).toBeVisible();
        await expect(page.locator('.metrics-panel .metric-sentences').first()).toContainText(/3 ovulations in 90 days/);
      }
      // The researcher panel analyses the rhythm: period, phases and Floquet stability.
      if (tab === 'Research') {
        await expect(page.getByRole('heading', { name: 'The cycle and its stability' })).toBeVisible({ timeout: 20_000 });
        await expect(page.locator('.cycle-stability')).toContainText(/a cycle of 28\.\d days/);
        await expect(page.locator('.cycle-stability')).toContainText('stable');
      }
      if (tab === 'Lab') {
        await expect(page.locator('.lab-panel .hint')).toContainText('healthy cycle’s average');
        await expect(page.locator('.lab-table td.flag')).toHaveCount(0);
      }
      await expectNoAxeViolations(page, `female model, ${tab} tab`, '[role="tabpanel"]');
    });
  }
  expect(errors).toEqual([]);
});

test('a female lesson: predict what FSH does in menopause, run it, and read why', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByText(/Guided lessons: predict, run, explain/).click();
  await page.getByRole('button', { name: /Why is FSH high in menopause/ }).click();
  const view = page.locator('.lesson-view');
  await page.getByRole('radio', { name: /many times its cycle average/ }).check();
  await view.getByRole('button', { name: 'Commit my prediction' }).click();
  await view.getByRole('button', { name: 'Run the lesson' }).click();
  await expect(view.getByTestId('lesson-verdict')).toContainText(/^Right:/, { timeout: 15_000 });
  await expect(view.getByText(/every brake gone/)).toBeVisible();
  await expectNoAxeViolations(page, 'female lesson after running');
  expect(errors).toEqual([]);
});

test('the PCOS lesson: a wrong prediction is told so, and the run shows one ovulation and every check met', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByText(/Guided lessons: predict, run, explain/).click();
  await page.getByRole('button', { name: /Clomiphene in PCOS: one ovulation, then\?/ }).click();
  const view = page.locator('.lesson-view');
  await page.getByRole('radio', { name: /keeps cycling every month/ }).check();
  await view.getByRole('button', { name: 'Commit my prediction' }).click();
  await view.getByRole('button', { name: 'Run the lesson' }).click();
  await expect(view.getByTestId('lesson-verdict')).toContainText(/^Not this time\. The model bears out “one follicle grows and ovulates/, { timeout: 15_000 });
  await expect(view.locator('.lesson-checks li')).toHaveCount(5);
  await expect(view.locator('.lesson-checks li', { hasText: '✗' })).toHaveCount(0);
  await expect(view.getByText(/barely reads progesterone/)).toBeVisible();
  await expectNoAxeViolations(page, 'PCOS lesson after running');
  expect(errors).toEqual([]);
});

test('a female lesson with comparison runs: estradiol as brake or accelerator, every check met in the app', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByText(/Guided lessons: predict, run, explain/).click();
  await page.getByRole('button', { name: /Estradiol: brake or accelerator/ }).click();
  const view = page.locator('.lesson-view');
  await page.getByRole('radio', { name: /falls with two patches but rises with six/ }).check();
  await view.getByRole('button', { name: 'Commit my prediction' }).click();
  await view.getByRole('button', { name: 'Run the lesson' }).click();
  await expect(view.getByTestId('lesson-verdict')).toContainText(/^Right:/, { timeout: 15_000 });
  // The LH-surge glossary link in the explanation; the checks on the lesson's own run (the app shows those) all met.
  await expect(view.getByRole('button', { name: 'LH surge' }).first()).toBeVisible();
  await expect(view.locator('.lesson-checks li')).toHaveCount(2);
  await expect(view.locator('.lesson-checks li', { hasText: '✗' })).toHaveCount(0);
  await expect(view.getByText(/At about 270 pg\/mL for three days, LH rises instead/)).toBeVisible();
  await expect(view.getByRole('button', { name: 'Explore: Moderate estradiol for three days' })).toBeVisible();
  await expectNoAxeViolations(page, 'estradiol lesson after running');
  expect(errors).toEqual([]);
});

test('letrozole in the PCOS-like subject shows the model’s limit beside the charts, and passes axe', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByLabel('Model', { exact: true }).selectOption('female-hpg');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  const before = await page.locator('.chart-plot').first().boundingBox();
  await page.getByRole('checkbox', { name: /PCOS-like/ }).check();
  await agentSwitch(page, 'Letrozole').click();
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  const summary = page.locator('.model-limits > summary');
  // The limits share the heading's line: the charts keep their place and size.
  await expect(summary).toBeVisible();
  expect(await page.locator('.chart-plot').first().boundingBox()).toEqual(before);
  await expect(summary).toHaveText('Model limit');
  await summary.click();
  const limits = page.getByRole('list', { name: 'Limits of the model in this scenario' });
  await expect(limits).toContainText('No ovulation on letrozole in this subject. In women with PCOS letrozole restores ovulation at least as often as clomiphene');
  await expect(limits).toBeVisible();
  await expectNoAxeViolations(page, 'female model with a model limit');
  // Without the condition the limit does not apply.
  await page.getByRole('checkbox', { name: /PCOS-like/ }).uncheck();
  await expect(summary).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a sensitivity sweep of the female model measures the days to the first ovulation after the last dose, in the workers', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByLabel('Preset scenario').selectOption('letrozole-cycle');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  await openTab(page, 'Research');
  const section = page.locator('section[aria-labelledby="sens-heading"]');
  await expect(section.getByLabel('Metric')).toHaveValue('cycle.toOvulationDays');
  await section.getByLabel(/^Parameters/).selectOption(['e2ClearanceRate', 'follicleAtresiaRate']);
  await section.getByRole('button', { name: 'Run sensitivity' }).click();
  await expect(section.locator('.sweep-progress')).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  await expect(section.locator('svg.tornado .tornado-row')).toHaveCount(2);
  await expect(section.locator('.tornado-axis-title')).toContainText('Days from the last dose to the first ovulation (days)');
  expect(errors).toEqual([]);
});
