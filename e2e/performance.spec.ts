import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Percentile (nearest rank) of sorted numbers. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Presses `key` and returns the time from its input event to the next painted chart, ms. */
async function inputToPaint(page: Page, key: string): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  const latency = await page.waitForFunction(
    (since) => {
      const input = performance.getEntriesByName('gonadostat:input').filter((e) => e.startTime >= since).at(0);
      if (input === undefined) return null;
      const painted = performance.getEntriesByName('gonadostat:chart-painted').find((e) => e.startTime > input.startTime);
      return painted === undefined ? null : painted.startTime - input.startTime;
    },
    t0,
    { timeout: 10_000 },
  );
  return (await latency.jsonValue()) as number;
}

test('input-to-paint latency while dragging a dose slider on the reference scenario', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'Dose slider' }).first();
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  // The page marks each input; the app marks each painted chart (gonadostat:chart-painted).
  await page.evaluate(() => document.addEventListener('input', () => performance.mark('gonadostat:input'), { capture: true }));

  // The first interaction, after a second of reading the page, against the ones that follow.
  await page.waitForTimeout(1000);
  const first = await inputToPaint(page, 'ArrowRight');
  const warm = await page.evaluate(() => performance.getEntriesByName('gonadostat:fast-path-ready').at(0)?.startTime ?? null);
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) samples.push(await inputToPaint(page, i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft'));

  // A burst (a fast drag): 15 inputs without waiting; only the latest value must be painted, promptly.
  const burstStart = await page.evaluate(() => performance.now());
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  const finalValue = await slider.inputValue();
  await expect(page.getByRole('group').filter({ has: slider }).getByRole('spinbutton', { name: 'Dose (× reference)' })).toHaveValue(finalValue);
  const burst = await page.waitForFunction(
    (since) => {
      const inputs = performance.getEntriesByName('gonadostat:input').filter((e) => e.startTime >= since);
      const last = inputs.at(-1);
      if (inputs.length < 15 || last === undefined) return null;
      const painted = performance.getEntriesByName('gonadostat:chart-painted').find((e) => e.startTime > last.startTime);
      return painted === undefined ? null : { settle: painted.startTime - last.startTime, paints: performance.getEntriesByName('gonadostat:chart-painted').filter((e) => e.startTime > since).length };
    },
    burstStart,
    { timeout: 10_000 },
  );
  const burstResult = (await burst.jsonValue()) as { settle: number; paints: number };

  const breakdown = await page.evaluate(() => {
    const marks = performance.getEntriesByName('gonadostat:simulated') as PerformanceMark[];
    const worker = marks.map((m) => (m.detail as { workerMs: number }).workerMs).sort((a, b) => a - b);
    return { workerMsP50: worker[Math.floor(worker.length / 2)] ?? 0, workerMsMax: worker.at(-1) ?? 0 };
  });
  const sorted = [...samples].sort((a, b) => a - b);
  const report = {
    firstInteractionMs: Number(first.toFixed(1)),
    fastPathReadyAfterLoadMs: warm === null ? null : Math.round(warm),
    samples: samples.length,
    p50Ms: Number(percentile(sorted, 50).toFixed(1)),
    p95Ms: Number(percentile(sorted, 95).toFixed(1)),
    maxMs: Number(sorted.at(-1)!.toFixed(1)),
    workerSimulationMs: { p50: Number(breakdown.workerMsP50.toFixed(1)), max: Number(breakdown.workerMsMax.toFixed(1)) },
    burst: { inputs: 15, paints: burstResult.paints, lastInputToPaintMs: Number(burstResult.settle.toFixed(1)) },
  };
  console.log(
    `input-to-paint (dose slider, reference scenario): p50 ${report.p50Ms} ms, p95 ${report.p95Ms} ms (target ≤ 33 ms: ${report.p95Ms <= 33 ? 'met' : 'NOT met'}), max ${report.maxMs} ms ` +
      `(simulation: p50 ${report.workerSimulationMs.p50} ms); first interaction ${report.firstInteractionMs} ms (fast path ready ${report.fastPathReadyAfterLoadMs} ms after load); ` +
      `burst of 15 inputs: ${report.burst.paints} paints, last input to paint ${report.burst.lastInputToPaintMs} ms`,
  );
  await testInfo.attach('input-to-paint.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  // Loose bounds, so the test is not flaky on a busy machine; the target (p95 ≤ 33 ms) is reported above.
  expect(report.p95Ms).toBeLessThan(1000);
  // The first interaction is no slower than the others (within a frame of their p95).
  expect(report.firstInteractionMs).toBeLessThan(Math.max(100, report.p95Ms + 17));
  expect(report.burst.paints).toBeLessThan(15);
});

// 300 KB until the female model's five follicle classes (December 2026) added ~8 KB of generated right-hand
// side and analytic Jacobian to the compiled models the main thread loads.
test('initial JavaScript stays within 310 KB gzip', async ({ page, request }, testInfo) => {
  await openApp(page);
  // Scripts the page loaded before any interaction (the entry chunk, the worker and what they import).
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.js(\?|$)/.test(name)),
  );
  const { gzipSync } = await import('node:zlib');
  const sizes: Record<string, number> = {};
  for (const url of urls) sizes[new URL(url).pathname] = gzipSync(await (await request.get(url)).body(), { level: 9 }).length;
  const entry = Object.entries(sizes).filter(([path]) => !path.includes('worker')).reduce((sum, [, n]) => sum + n, 0);
  const total = Object.values(sizes).reduce((sum, n) => sum + n, 0);
  console.log(`initial JavaScript (gzip -9): main thread ${(entry / 1024).toFixed(1)} KiB, with the simulation worker ${(total / 1024).toFixed(1)} KiB`, sizes);
  await testInfo.attach('bundle-sizes.json', { body: JSON.stringify({ gzipBytes: sizes, mainThread: entry, total }, null, 2), contentType: 'application/json' });
  expect(entry).toBeLessThan(310 * 1024);
});
