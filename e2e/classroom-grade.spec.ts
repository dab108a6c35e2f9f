/**
 * Issue 12, as a student or an educator would meet it: one screen at
 * 1366×768; a page that follows an edit; values under the pointer (hover,
 * click to pin, keyboard via the cursor); the testes' own production; one
 * style per hormone and pinned runs in grey; nice ticks on one x scale shared
 * with the timeline; plain numbers; a lesson that hides its answer. The
 * projector, phone and embed views are in classroom-views.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { findJargon } from '../src/core/glossary/jargon';
import { findTerm } from '../src/core/glossary/terms';
import { findLesson } from '../src/core/lessons';
import { agentSwitch, collectErrors, expectChartsChanged, chartSignature, expectNoAxeViolations, openApp, openTab, plainText } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

/** The element's box, in page coordinates. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, selector).not.toBeNull();
  return b!;
}

/** True when the whole element lies inside the viewport. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const b = await box(page, selector);
  const v = page.viewportSize()!;
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;
}

test('one screen at 1366×768: charts, their cursor readout, the loop diagram and the lab panel together; controls on the left', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const selector of ['.chart-figure:nth-child(1) .chart-plot', '.chart-figure:nth-child(2) .chart-plot', '.chart-legend .legend-value', '.loop-diagram', '.lab-table', '[data-testid="timeline"]']) {
    expect(await onScreen(page, selector), selector).toBe(true);
  }
  const lastLabRow = page.locator('.lab-table tbody tr').last();
  expect((await lastLabRow.boundingBox())!.y + (await lastLabRow.boundingBox())!.height).toBeLessThanOrEqual(768);
  // Controls on the left of the play area; secondary material in tabs.
  expect((await box(page, '.control-area')).x).toBeLessThan((await box(page, '.play-main')).x);
  await expect(page.getByRole('tablist', { name: 'More about this run' }).getByRole('tab')).toHaveText(['Lab', 'Why', 'Recovery', 'Share', 'Research']);
  // Opening a tab keeps the charts and the diagram where they are, and the page no taller (the column scrolls).
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const tab of ['Recovery', 'Share', 'Why'] as const) {
    await openTab(page, tab);
    expect(await onScreen(page, '.loop-diagram')).toBe(true);
    expect(await onScreen(page, '.chart-figure:nth-child(1) .chart-plot')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight), tab).toBe(pageHeight);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectNoAxeViolations(page, 'one screen, why tab');
  expect(errors).toEqual([]);
});

test('edit, then read: the heading, the note, the recovery table and a pinned run all describe what is plotted', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Preset scenario').selectOption('healthy-baseline');
  await expect(page.locator('.scenario-name')).toContainText('Healthy baseline');
  await expect.poll(() => plainText(page, '.look-for-text')).toContain('Nothing moves');
  const before = await chartSignature(page);
  await agentSwitch(page, 'Clomiphene').check();
  await expectChartsChanged(page, before);
  await expect(page.locator('.scenario-name')).toContainText('Edited from: Healthy baseline');
  await expect(page.locator('.look-for')).toHaveCount(0);
  await expect(page.locator('.edited-note')).toContainText('note on what to look for is hidden');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('');
  await expect(page.getByLabel('Preset scenario').locator('option:checked')).toHaveText('Edited from: Healthy baseline');
  await expect(page.locator('.lab-table tr[data-output="lh"] .flag')).toHaveText('high');
  await openTab(page, 'Recovery');
  await expect(page.locator('.metrics-table caption')).toContainText('This run: Edited from: Healthy baseline');
  await page.getByRole('button', { name: 'Pin to compare' }).click();
  await expect(page.getByTestId('pinned-name')).toHaveText('Grey: pinned run “Edited from: Healthy baseline”');
  // Undoing the edit gives the preset back, note and all.
  await agentSwitch(page, 'Clomiphene').uncheck();
  await expect(page.locator('.scenario-name')).toHaveText(/^Healthy baseline/);
  await expect.poll(() => plainText(page, '.look-for-text')).toContain('Nothing moves');
  await expectNoAxeViolations(page, 'after an edit');
});

test('values under the pointer: hover reads the day and each series; a click pins them; the cursor slider reads them by keyboard', async ({ page }) => {
  await openApp(page);
  const plot = page.locator('.chart-plot').first();
  const b = (await plot.boundingBox())!;
  await plot.hover({ position: { x: b.width * 0.7, y: b.height * 0.3 } });
  const hover = page.getByTestId('readout-hover').first();
  await expect(hover).toBeVisible();
  await expect(hover.locator('.readout-day')).toHaveText(/^Day \d+ · month \d+\.\d$/);
  const shown = await page.locator('[data-chart="chart-blood"] .legend-label').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/ \(.*\)$/, '').replaceAll(' (glossary)', '')));
  await expect(hover.locator('th')).toHaveText(shown);
  for (const value of await hover.locator('.readout-value').allTextContents()) expect(value).toMatch(/^(near zero|\d+(\.\d+)?×)$/);

  // Click: the cursor moves there and the readout stays after the pointer leaves.
  const dayBefore = await page.getByRole('slider', { name: /Cursor day/ }).inputValue();
  await plot.click({ position: { x: b.width * 0.4, y: b.height * 0.5 } });
  await page.mouse.move(5, 5);
  const pinned = page.getByTestId('readout-cursor').first();
  await expect(pinned).toBeVisible();
  const cursorDay = await page.getByRole('slider', { name: /Cursor day/ }).inputValue();
  expect(cursorDay).not.toBe(dayBefore);
  await expect(pinned.locator('.readout-day')).toContainText(`Day ${cursorDay}`);
  await expect(page.getByRole('heading', { name: `Lab panel: day ${cursorDay}` })).toBeVisible();
  // The readout agrees with the lab panel.
  const lh = await page.locator('.lab-table tr[data-output="lh"] td.num').evaluate((td) => td.childNodes[0]!.textContent);
  await expect(pinned.locator('tr', { hasText: 'LH' }).locator('.readout-value')).toHaveText(lh!);
  await pinned.locator('.readout-box').click();
  await expect(page.getByTestId('readout-cursor')).toHaveCount(0);

  // Keyboard: the cursor slider shows the readout while focused and announces the values.
  const slider = page.getByRole('slider', { name: /Cursor day/ });
  await slider.focus();
  await expect(page.getByTestId('readout-cursor').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const next = await slider.inputValue();
  expect(Number(next)).toBe(Number(cursorDay) + 1);
  await expect(page.getByTestId('readout-cursor').first().locator('.readout-day')).toContainText(`Day ${next}`);
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^day ${next} of 547: LH (near zero|[\\d.]+×), Testosterone`));
  await expectNoAxeViolations(page, 'readout at the cursor');
});

test('own production: weekly testosterone raises serum testosterone while what the testes make falls near zero', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Preset scenario').selectOption('trt-weekly');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  await page.getByRole('slider', { name: /Cursor day/ }).fill('120');
  const legend = page.locator('[data-chart="chart-blood"] .chart-legend');
  const own = legend.locator('li[data-series="ownTestosterone"]');
  await expect(own).toContainText('Testosterone made by the testes');
  await expect(own).toContainText('own only');
  const value = (text: string): number => (text === 'near zero' ? 0 : Number(text.replace('×', '')));
  expect(value(await own.locator('.legend-value').innerText())).toBeLessThan(0.1);
  expect(value(await legend.locator('li[data-series="testosterone"] .legend-value').innerText())).toBeGreaterThan(1);
  // Same hormone, same colour, its own dash.
  const stroke = (id: string) => page.locator(`.series-${id} path`).first();
  expect(await stroke('ownTestosterone').getAttribute('stroke')).toBe(await stroke('testosterone').getAttribute('stroke'));
  expect(await stroke('ownTestosterone').getAttribute('stroke-dasharray')).not.toBeNull();
  // Its name opens the glossary entry that explains it.
  await own.getByRole('button', { name: /Testosterone made by the testes/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog.getByRole('heading', { name: 'Own testosterone production' })).toBeFocused();
  await expect(dialog.locator('#glossary-own-testosterone')).toContainText('plus any that is given');
});

test('one style per hormone in every model; pinned runs in one grey, named in the legend', async ({ page }) => {
  await openApp(page);
  const styleOf = (id: string) => page.locator(`.series-${id} path`).first().evaluate((p) => [p.getAttribute('stroke'), p.getAttribute('stroke-dasharray')].join(' '));
  const testosterone = await styleOf('testosterone');
  const lh = await styleOf('lh');
  await page.getByRole('button', { name: 'Pin to compare' }).click();
  await page.getByLabel('Preset scenario').selectOption('classic-smith');
  await expect(page.locator('.scenario-name')).toContainText('Smith 1980');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  expect(await styleOf('testosterone')).toBe(testosterone);
  expect(await styleOf('lh')).toBe(lh);
  const pinnedStrokes = await page.locator('.pinned-line path').evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute('stroke')))]);
  expect(pinnedStrokes).toEqual(['#6B6B6B']);
  await expect(page.getByTestId('pinned-name')).toContainText('Grey: pinned run “');
});

test('nice ticks and one x scale: months on long runs, weeks on short ones, decades on a log axis; the timeline lines up with the charts', async ({ page }) => {
  await openApp(page);
  const ticks = (chart: string, axis: 'x' | 'y') =>
    page.locator(`[data-chart="${chart}"] .${axis}-axis .tick-label`).allTextContents();
  expect(await ticks('chart-blood', 'x')).toEqual(['0', '3', '6', '9', '12', '15']);
  await expect(page.locator('.axis-title', { hasText: 'Month' })).toHaveCount(1);
  const y = (await ticks('chart-blood', 'y')).map(Number);
  const step = y[1]! - y[0]!;
  expect([1, 2, 2.5, 5].map((m) => m * 10 ** Math.floor(Math.log10(step)))).toContainEqual(step);
  // The time cursor sits at the same x in both charts and the timeline.
  await page.getByRole('slider', { name: /Cursor day/ }).fill('300');
  const xs = [
    ...(await page.locator('.chart-cursor').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x + 1))),
    (await page.getByTestId('timeline-cursor').boundingBox())!.x + 1,
  ];
  for (const x of xs) expect(Math.abs(x - xs[0]!)).toBeLessThanOrEqual(1.5);
  // The timeline's bar ends on the last injection's day, under the charts' tick for it.
  const barEnd = await page.locator('.timeline-bar').first().evaluate((r) => r.getBoundingClientRect().right);
  const tick6 = await page.locator('[data-chart="chart-blood"] .x-axis .tick-label').nth(2).evaluate((t) => {
    const r = t.getBoundingClientRect();
    return r.x + r.width / 2;
  });
  // Day 182 (the last injection is on day 175 and the bar ends on day 182) against month 6 (day 182.5).
  expect(Math.abs(barEnd - tick6)).toBeLessThan(4);
  // Short runs tick whole weeks; a log axis ticks decades with minor ticks between.
  await page.getByLabel('Preset scenario').selectOption('castration');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  expect(await ticks('chart-blood', 'x')).toEqual(['0', '14', '28', '42', '56', '70', '84']);
  await page.getByRole('radio', { name: 'Log' }).check();
  const decades = (await ticks('chart-blood', 'y')).map(Number);
  for (let k = 1; k < decades.length; k++) expect(decades[k]! / decades[k - 1]!).toBeCloseTo(10, 6);
  expect(await page.locator('[data-chart="chart-blood"] .minor-ticks path').count()).toBe(2);
});

test('plain words and numbers: two significant figures, "near zero", days rounded alike; every technical word in the glossary', async ({ page }) => {
  await openApp(page);
  await page.getByRole('slider', { name: /Cursor day/ }).fill('256');
  await expect(page.getByRole('heading', { name: 'Lab panel: day 256' })).toBeVisible();
  for (const v of await page.locator('.lab-table td.num').evaluateAll((tds) => tds.map((td) => td.childNodes[0]!.textContent ?? ''))) {
    expect(v).toMatch(/^(near zero|\d\.\d×|0\.0*[1-9]\d?×|[1-9]\d?×)$/);
  }
  const words = await page.locator('.chart-summary').allTextContents();
  for (const w of words) {
    expect(w).not.toMatch(/0\.0%|\d\.\d{3,}|e-\d/);
    for (const day of w.matchAll(/day (\d+(?:\.\d+)?)/g)) expect(Number.isInteger(Number(day[1]))).toBe(true);
  }
  await openTab(page, 'Recovery');
  for (const s of await page.locator('.metric-sentences li').allTextContents()) {
    for (const day of s.matchAll(/day (\d+(?:\.\d+)?)/g)) expect(Number.isInteger(Number(day[1])), s).toBe(true);
  }
  // The Why view says "e-folds" only as a link to the glossary.
  await openTab(page, 'Why');
  await expect(page.getByTestId('why-panel').getByRole('button', { name: 'e-folds (glossary)' })).toBeVisible();
  // Every technical word a student can read on the page has a glossary entry.
  const text = await page.locator('body').innerText();
  const found = new Set(findJargon(text).map((m) => m.termId));
  expect(found.size).toBeGreaterThan(10);
  for (const id of found) expect(findTerm(id), id).toBeDefined();
  // And the glossary explains the words students asked about.
  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  for (const term of ['Nadir', 'E-fold', 'Hill response', 'Bolus', 'Infusion', 'Testosterone cypionate']) {
    await expect(dialog.getByRole('heading', { name: term, exact: true })).toBeAttached();
  }
});

test('a lesson hides its answer while it waits for a prediction, even when its scenario is already loaded', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  // The default preset is the same six months of TRT and stop that lesson 6 asks about.
  await expect(page.locator('[data-testid="charts"] .series-line')).not.toHaveCount(0);
  await page.getByText(/Guided lessons: predict, run, explain/).click();
  await page.getByRole('button', { name: /Stopping therapy: a short trough, a long tail/ }).click();
  const view = page.getByRole('region', { name: 'Stopping therapy: a short trough, a long tail' });
  await expect(view).toBeVisible();
  await expect(page.locator('[data-testid="charts"]')).toHaveCount(0);
  await expect(page.locator('.lab-table')).toHaveCount(0);
  await expect(page.locator('.scenario-header')).toHaveCount(0);
  await expect(page.locator('.diagram-panel')).toHaveAttribute('data-levels-hidden', 'true');
  await expect(page.locator('.diagram-panel .signal-value').first()).toHaveText('?');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectNoAxeViolations(page, 'lesson waiting for a prediction');

  // Predict (keyboard on the sketch pad), run: now the charts show the lesson's run, on its focus.
  const pad = view.getByRole('application', { name: /Draw Testosterone/ });
  await pad.focus();
  await page.keyboard.press('ArrowUp');
  for (let k = 0; k < 8; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await view.getByRole('button', { name: 'Run the lesson' }).click();
  await expect(view.getByTestId('lesson-verdict')).toContainText(/Score \d+ \/ 100/);
  await expect(page.locator('[data-testid="charts"] .series-line').first()).toBeAttached();
  const shown = await page.locator('[data-testid="charts"] .series-line').evaluateAll((gs) => gs.map((g) => g.getAttribute('class')!.replace('series-line series-', '')));
  expect(new Set(shown)).toEqual(new Set(findLesson('withdrawal-trough')!.focus));
  await expect(view.getByTestId('lesson-run-note')).toHaveText('The lesson’s scenario is loaded: the charts below show it.');
  // An edit afterwards is said to be one.
  await agentSwitch(page, 'hCG').check();
  await expect(view.getByTestId('lesson-run-note')).toContainText('changed scenario');
  await expect(page.locator('.scenario-name')).toContainText('Edited from:');
  expect(errors).toEqual([]);
});
