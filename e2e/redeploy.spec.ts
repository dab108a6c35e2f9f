/**
 * A new deploy under an open page (issue 13, case 5). Two builds of the app
 * (labelled "first" and "second") are deployed in turn into one folder served
 * by `vite preview`, the way a host replaces a site: the old build's hashed
 * chunks disappear, and asking for one gets the host's index.html fallback.
 *
 * Path 1, with the service worker: two tabs open on the first build; the
 * second is deployed; both tabs are told "a new version is ready" (a row of
 * the header that leaves the cursor uncovered, with no axe violation), still open
 * lazily loaded views of their own version, and move on when reloaded; the old
 * cache goes once no page uses it, and an HTML fallback is never cached under
 * a script's address.
 *
 * Path 2, without a service worker (blocked): the old chunk is really gone, so
 * the view shows a readable message and a Reload button instead of a blank
 * page, and Reload brings the second build.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { expectNoAxeViolations } from './helpers';

const OUT = process.env.E2E_OUT_DIR ?? 'dist';
const builds = { first: `${OUT}-redeploy-first`, second: `${OUT}-redeploy-second` } as const;
const live = `${OUT}-redeploy-live`;
let server: PreviewServer;
let base = '';

function build(label: keyof typeof builds): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', builds[label], '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, VITE_BUILD_ID: label },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build (${label}) failed: ${result.stderr}`);
}

/** Replaces the served site with one build, as a host's deploy does (the old files are gone). */
function deploy(label: keyof typeof builds): void {
  rmSync(live, { recursive: true, force: true });
  mkdirSync(live, { recursive: true });
  cpSync(builds[label], live, { recursive: true });
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  build('first');
  build('second');
  deploy('first');
  server = await preview({ logLevel: 'warn', build: { outDir: live }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  base = server.resolvedUrls?.local[0] ?? '';
  expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test.afterAll(async () => {
  await server?.close();
  for (const dir of [...Object.values(builds), live]) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
});

/** The build label of the page; undefined while it is between documents (a reload in progress). */
async function buildOf(page: Page): Promise<string | undefined> {
  try {
    return await page.evaluate(() => document.documentElement.dataset.build);
  } catch {
    return undefined; // the execution context went away with a navigation: ask again
  }
}

/** The app's caches, as the page sees them (null while it is between documents). */
async function gonadostatCaches(page: Page): Promise<string[] | null> {
  try {
    return await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('gonadostat-')));
  } catch {
    return null;
  }
}

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base);
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  return page;
}

async function openResearcherPanel(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Research' }).click();
}

const researcherPanelShown = (page: Page) => expect(page.getByRole('heading', { name: 'Steady state and stability' })).toBeVisible();

test('path 1: open pages keep their version, are told of the new one, and move on when reloaded', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await open(context);
  await expect.poll(() => first.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  const second = await open(context);
  expect(await buildOf(first)).toBe('first');
  expect(await second.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  deploy('second');
  // The periodic update check, now rather than in 30 minutes.
  await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  for (const page of [first, second]) await expect(page.getByTestId('update-prompt')).toContainText('A new version of Gonadostat is ready', { timeout: 15_000 });
  // The page does not scroll on one screen, so the prompt takes a row of the header rather than covering the cursor.
  await expect(first.getByTestId('update-prompt')).toBeInViewport();
  const slider = first.getByRole('slider', { name: /Cursor day/ });
  await expect(slider).toBeInViewport();
  const centre = (await slider.boundingBox())!;
  const hit = await first.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.cursor-slider') !== null, [centre.x + centre.width / 2, centre.y + centre.height / 2]);
  expect(hit, 'the cursor slider is not covered').toBe(true);
  await expectNoAxeViolations(first, 'update prompt');
  // The first build's lazily loaded chunk is gone from the server, yet the open page still gets it.
  await openResearcherPanel(first);
  await researcherPanelShown(first);
  await expect(first.getByTestId('view-error')).toHaveCount(0);

  // A host's HTML fallback for a missing script is passed on but never cached under the script's address.
  const stray = await first.evaluate(async () => {
    const response = await fetch('/assets/never-built-chunk.js');
    return { type: response.headers.get('content-type'), cached: (await caches.match('/assets/never-built-chunk.js')) !== undefined };
  });
  expect(stray).toEqual({ type: expect.stringContaining('text/html'), cached: false });

  await first.getByTestId('update-prompt').getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => buildOf(first), { timeout: 15_000 }).toBe('second');
  await expect(first.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await expect(first.getByTestId('update-prompt')).not.toContainText('new version');

  // The second tab still runs the first build: it keeps working, and the old files are kept for it.
  expect(await buildOf(second)).toBe('first');
  await openResearcherPanel(second);
  await researcherPanelShown(second);
  expect(await gonadostatCaches(second)).toHaveLength(2);
  await second.getByTestId('update-prompt').getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => buildOf(second), { timeout: 15_000 }).toBe('second');
  // No page uses the first build any more: its cache goes.
  await expect.poll(() => gonadostatCaches(second), { timeout: 15_000 }).toHaveLength(1);
  await context.close();
});

test('path 2: without a service worker, a missing chunk shows a message and a Reload button, not a blank page', async ({ browser }) => {
  deploy('first');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await open(context);
  expect(await buildOf(page)).toBe('first');
  deploy('second');
  await openResearcherPanel(page);
  const error = page.getByTestId('view-error');
  await expect(error).toContainText('The researcher panel could not be shown');
  await expect(error).toContainText('a newer version has probably been published');
  // The rest of the page is still there and still works.
  await expect(page.getByRole('heading', { name: 'Gonadostat', level: 1 })).toBeVisible();
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await error.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => buildOf(page), { timeout: 15_000 }).toBe('second');
  await openResearcherPanel(page);
  await researcherPanelShown(page);
  await context.close();
});
