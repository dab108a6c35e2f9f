/**
 * The views a class uses besides the laptop screen: a projector at
 * 1920×1080 (the chart fills most of it, text at 20 px or more, the scenario
 * changes without leaving the mode, the loop diagram is readable from the
 * back of the room), a phone at 390×844 (the chart first, nothing wider than
 * the screen) and an embed at 800×600 (the notice on one line in its header;
 * no lesson-storage error even where storage is denied). axe over each.
 * Screenshots of the three sizes are attached to the report.
 */
import { expect, test, type Page } from '@playwright/test';
import { PRESETS } from '../src/core/scenario/presets';
import { collectErrors, expectNoAxeViolations, openApp } from './helpers';

/** Rendered font sizes (px) of the elements matching `selector`. */
function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
}

test('projector at 1920×1080: the charts fill most of the screen, text is 20 px or more, the scenario changes in the mode, the loop reads from afar', async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, '?present=1');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('.control-area')).toHaveCount(0);
  // Every header control is on screen.
  for (const control of await page.getByRole('banner').locator('button, select').all()) {
    const b = (await control.boundingBox())!;
    expect(b.x + b.width, (await control.textContent()) ?? "").toBeLessThanOrEqual(1920);
  }

  // Both charts on screen, together covering more than half of it.
  const plots = await page.locator('.chart-plot').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(plots).toHaveLength(2);
  const area = plots.reduce((sum, r) => sum + r.width * r.height, 0);
  const panel = (await page.locator('.charts-panel').boundingBox())!;
  expect(panel.width * panel.height).toBeGreaterThan(0.5 * 1920 * 1080);
  expect(area).toBeGreaterThan(0.35 * 1920 * 1080);
  expect(plots[0]!.y).toBeLessThan(450);
  expect(plots[1]!.y + plots[1]!.height).toBeLessThanOrEqual(1080);
  expect(plots[0]!.width).toBeGreaterThan(1100);

  // Ticks, axis titles, legends and readouts at 20 px or more.
  for (const selector of ['.trajectory-plot .tick-label', '.trajectory-plot .axis-title', '.chart-legend li', '.chart-title', '.lab-table td', '.cursor-label']) {
    const sizes = await fontSizes(page, selector);
    expect(sizes.length, selector).toBeGreaterThan(0);
    expect(Math.min(...sizes), selector).toBeGreaterThanOrEqual(20);
  }
  // The loop diagram's organ names and signal labels render at 20 px or more on screen (font size × the SVG's scale).
  const diagramText = await page.locator('.loop-diagram .organ-label, .loop-diagram .signal-label').evaluateAll((els) =>
    els.map((e) => {
      const svg = e.closest('svg')!;
      return parseFloat(getComputedStyle(e).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
    }),
  );
  expect(Math.min(...diagramText)).toBeGreaterThanOrEqual(20);
  // Each organ's name fits inside its box.
  const fits = await page.locator('.loop-diagram .organ').evaluateAll((gs) =>
    gs.map((g) => {
      const box = g.querySelector('rect')!.getBoundingClientRect();
      const label = g.querySelector('.organ-label')!.getBoundingClientRect();
      return label.left >= box.left && label.right <= box.right;
    }),
  );
  expect(fits.every(Boolean)).toBe(true);
  // And none of its labels overlap another.
  const boxes = await page.locator('.loop-diagram .organ-label, .loop-diagram .signal-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      expect(overlap, `labels ${i} and ${j}`).toBeLessThan(0.05 * Math.min(a.width * a.height, b.width * b.height));
    }
  }

  // The scenario changes without leaving the mode: Next, Previous, and the list.
  const switcher = page.getByRole('group', { name: 'Switch scenario' });
  await switcher.getByRole('button', { name: 'Next preset' }).click();
  await expect(page.locator('.scenario-name')).toContainText(PRESETS[1]!.scenario.name);
  await switcher.getByRole('button', { name: 'Previous preset' }).click();
  await expect(page.locator('.scenario-name')).toContainText(PRESETS[0]!.scenario.name);
  await switcher.getByLabel('Preset scenario').selectOption('castration');
  await expect(page.locator('.scenario-name')).toContainText('Orchiectomy on day 10');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  await expectNoAxeViolations(page, 'presentation');
  await testInfo.attach('presentation-1920x1080.png', { body: await page.screenshot(), contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('phone at 390×844: the chart comes first, the header fits, nothing is wider than the screen', async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const plot = (await page.locator('.chart-plot').first().boundingBox())!;
  expect(plot.y + plot.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The default scenario has a model limit; opened, its text wraps within the screen too.
  await page.locator('.model-limits > summary').click();
  await expect(page.locator('.model-limits-body')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.locator('.model-limits > summary').click();
  const header = (await page.getByRole('banner').boundingBox())!;
  expect(header.width).toBeLessThanOrEqual(390);
  for (const button of await page.getByRole('banner').getByRole('button').all()) {
    const b = (await button.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(390);
  }
  // The controls follow the charts and the loop diagram.
  const controls = (await page.locator('.control-area').boundingBox())!;
  expect(controls.y).toBeGreaterThan((await page.locator('.diagram-panel').boundingBox())!.y);
  await expectNoAxeViolations(page, 'phone');
  await testInfo.attach('phone-390x844.png', { body: await page.screenshot(), contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('embed at 800×600: the notice on one line in its header, charts and diagram, no lesson-storage error where storage is denied', async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  // A cross-origin iframe with third-party storage blocked: every localStorage access throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.setViewportSize({ width: 800, height: 600 });
  await openApp(page, '?embed=1');
  const notice = page.getByRole('banner').getByTestId('notice-line');
  await expect(notice).toContainText('A teaching model, not a dosing tool.');
  const lineHeight = await notice.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
  expect((await notice.boundingBox())!.height).toBeLessThan(2 * lineHeight);
  expect((await notice.boundingBox())!.y).toBeLessThan(80);
  await expect(page.getByRole('link', { name: /Open in Gonadostat/ })).toBeVisible();
  await expect(page.locator('.lessons-panel')).toHaveCount(0);
  await expect(page.locator('[role="alert"]')).toBeEmpty();
  await expect(page.locator('.diagram-panel')).toBeVisible();
  expect((await page.locator('.chart-plot').first().boundingBox())!.y).toBeLessThan(600);
  await expectNoAxeViolations(page, 'embed');
  await testInfo.attach('embed-800x600.png', { body: await page.screenshot(), contentType: 'image/png' });
  expect(errors).toEqual([]);
});
