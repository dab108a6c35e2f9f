/**
 * Models as data, in the browser: the built page's Content-Security-Policy
 * forbids eval (generated code only, no expression is compiled at run time)
 * and nothing violates it; the researcher panel shows the model's equations
 * and downloads the scenario as SBML.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectErrors, openApp, openTab } from './helpers';

test('the built page forbids eval in its CSP and runs without a CSP violation', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(csp, 'the built index.html carries a CSP').toBeDefined();
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  const errors = collectErrors(page);
  await openApp(page);
  await openTab(page, 'Research');
  await expect(page.getByRole('heading', { name: 'Equations and SBML' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the researcher panel shows the equations and downloads the scenario as SBML', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Research');
  const section = page.locator('section[aria-labelledby="equations-heading"]');
  await section.getByText('Show the equations').click();
  await expect(section.getByText('dXa/dt')).toBeVisible();
  await expect(section.getByText('primingRamp', { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /Download SBML/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.sbml\.xml$/);
  const xml = await readFile((await download.path())!, 'utf8');
  expect(xml).toContain('<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">');
  expect(xml).toContain('<rateRule variable="Xa">');
  expect(xml).toMatch(/<event id="dose_event_0"/);
  // The confirmation sits just under the button, where the user is looking (not floated off like the page's news).
  const written = section.getByRole('status');
  await expect(written).toHaveText('SBML written.');
  const button = (await section.getByRole('button', { name: /Download SBML/ }).boundingBox())!;
  const gap = (await written.boundingBox())!.y - (button.y + button.height);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(30);
});
