/** Shared steps of the e2e specs. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The accessibility rules every view is checked against: WCAG 2.1 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on the page (or only inside `include`, a CSS selector) and expects no violations, naming each one found. */
export async function expectNoAxeViolations(page: Page, view: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (include === undefined ? builder : builder.include(include)).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations in the ${view} view`).toEqual([]);
}

/** Collects console errors and page errors; check with `expect(errors).toEqual([])`. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** The drawn lines of every chart, as one string: changes whenever any trajectory changes. */
export async function chartSignature(page: Page): Promise<string> {
  return page.locator('[data-testid="charts"] .series-line path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').join('|'));
}

/** Opens the app (optionally at a hash) and waits for the charts to be drawn. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
}

/** Waits until the charts differ from `before`, and the run has settled. */
export async function expectChartsChanged(page: Page, before: string): Promise<string> {
  await expect.poll(() => chartSignature(page), { timeout: 10_000 }).not.toBe(before);
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  return chartSignature(page);
}

/** The agent switch with exactly this accessible name. */
export function agentSwitch(page: Page, name: string) {
  return page.getByRole('switch', { name, exact: true });
}

/** Opens a tab of the side column (Lab, Why, Recovery, Share, Research) and waits for its panel. */
export async function openTab(page: Page, name: 'Lab' | 'Why' | 'Recovery' | 'Share' | 'Research'): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name })).toBeVisible();
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` times). */
export async function tabUntil(page: Page, matches: (el: Element) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('Tab never reached the element');
}

/** An element's text without the " (glossary)" that glossary links add for screen readers. */
export async function plainText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => (el.textContent ?? '').replaceAll(' (glossary)', ''));
}
