import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { agentSwitch, chartSignature, expectChartsChanged, openApp, openTab } from './helpers';

test('share link round trip: a fresh page opens the exact scenario', async ({ page, context }) => {
  await openApp(page);
  await page.getByLabel('Simulated days').fill('150');
  await agentSwitch(page, 'Anastrozole').check();
  const editor = page.getByRole('group', { name: 'Anastrozole regimen' });
  await editor.getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('1.75');
  await editor.getByLabel('From day').fill('30');
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  await openTab(page, 'Share');
  const url = await page.getByLabel(/Share link/).inputValue();
  expect(url).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);
  await expect.poll(() => page.url()).toBe(url);
  const signature = await chartSignature(page);

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('status')).toContainText('Opened the shared scenario');
  await expect(other.getByLabel('Simulated days')).toHaveValue('150');
  const restored = other.getByRole('group', { name: 'Anastrozole regimen' });
  await expect(restored.getByRole('spinbutton', { name: 'Dose (× reference)' })).toHaveValue('1.75');
  await expect(restored.getByLabel('From day')).toHaveValue('30');
  await expect(other.locator('.run-state')).not.toHaveClass(/is-running/);
  await other.setViewportSize(page.viewportSize()!);
  await expect.poll(() => chartSignature(other)).toBe(signature);
});

test('a named save survives a reload, and a corrupted store is reported', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Simulated days').fill('90');
  await openTab(page, 'Share');
  await page.getByLabel('Save name').fill('My 90-day run');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved “My 90-day run”');

  await page.goto('/');
  await openTab(page, 'Share');
  await expect(page.getByRole('list', { name: 'Saved scenarios' })).toContainText('My 90-day run');
  await page.getByRole('button', { name: 'Open save My 90-day run' }).click();
  await expect(page.getByLabel('Simulated days')).toHaveValue('90');
  await expect(page.locator('.scenario-name')).toContainText('My 90-day run');

  await page.evaluate(() => localStorage.setItem('gonadostat:saves', '{"format":"gonadostat-saves/1","saves":[{"na'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('corrupted');
  await openTab(page, 'Share');
  await page.getByLabel('Save name').fill('After corruption');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('kept under');
  expect(await page.evaluate(() => localStorage.getItem('gonadostat:saves:backup'))).toContain('"na');
});

test('opens a scenario file written for the CLI, and the downloaded file runs in the CLI', async ({ page }, testInfo) => {
  await openApp(page);
  const before = await chartSignature(page);
  await openTab(page, 'Share');
  await page.getByLabel('Open scenario file…').setInputFiles('e2e/fixtures/cli-restart.json');
  await expect(page.getByRole('status')).toContainText('Opened the file “cli-restart.json”');
  await expect(page.locator('.scenario-name')).toContainText('CLI file: TRT, then hCG and clomiphene');
  await expect(page.getByRole('switch', { name: 'Clomiphene', exact: true })).toBeChecked();
  await expectChartsChanged(page, before);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario file' }).click()]);
  expect(download.suggestedFilename()).toBe('cli-file-trt-then-hcg-and-clomiphene.json');
  const path = testInfo.outputPath('downloaded.json');
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { format: string; regimens: unknown[] };
  expect(saved.format).toBe('gonadostat-scenario/1');
  expect(saved.regimens).toHaveLength(3);
  const cli = spawnSync('npx', ['tsx', 'src/cli/sim.ts', path, '--metrics'], { encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
  expect(cli.stdout).toContain('Testosterone');

  // A broken file is reported and the scenario is kept.
  await page.getByLabel('Open scenario file…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "gonadostat-scenario/1", "days": 30,') });
  await expect(page.getByRole('alert')).toContainText('Could not open the file “broken.json”');
  await expect(page.locator('.scenario-name')).toContainText('CLI file');
});
