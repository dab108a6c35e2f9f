import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab } from './helpers';

async function download(page: Page, button: string, path: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('CSV, SVG and PNG downloads', async ({ page }, testInfo) => {
  await openApp(page);
  await openTab(page, 'Share');
  const csv = await download(page, 'Download CSV', testInfo.outputPath('run.csv'));
  expect(csv.name).toMatch(/\.csv$/);
  const lines = csv.bytes.toString('utf8').trim().split('\n');
  expect(lines[0]).toBe('day,gnrh,lh,fsh,testosterone,estradiol,inhibinB,itt,leydig,sperm,ownTestosterone');
  // Full resolution (every output time), not the downsampled chart data.
  const days = Number(await page.getByLabel('Simulated days').inputValue());
  expect(lines.length - 1).toBeGreaterThanOrEqual(days * 4);

  const svg = await download(page, 'Download charts (SVG)', testInfo.outputPath('charts.svg'));
  const text = svg.bytes.toString('utf8');
  expect(svg.name).toMatch(/-charts\.svg$/);
  expect(text).toMatch(/^<\?xml/);
  expect(text).toContain('relative to baseline');
  expect(text).toContain('Hormones in the blood');
  expect(text).toContain('series-line');
  expect(text).not.toContain('NaN');

  const png = await download(page, 'Download charts (PNG)', testInfo.outputPath('charts.png'));
  expect(png.name).toMatch(/-charts\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.bytes.length).toBeGreaterThan(20_000);
  await testInfo.attach('charts.png', { path: testInfo.outputPath('charts.png'), contentType: 'image/png' });
});
