import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openApp, tabUntil } from './helpers';


test('a sketch lesson by mouse: draw, commit, run, score and explanation; progress survives a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  await page.getByText(/Guided lessons: predict, run, explain/).click();
  await page.getByRole('button', { name: /Testosterone from outside shuts the testes down/ }).click();
  const view = page.getByRole('region', { name: 'Testosterone from outside shuts the testes down' });
  await expect(view.getByRole('button', { name: 'Run the lesson' })).toBeDisabled();
  await expectNoAxeViolations(page, 'lesson before running');

  // Draw LH falling from baseline to near zero within two weeks, then flat.
  const pad = view.getByRole('application', { name: /Draw LH/ });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const left = box.x + 62;
  const right = box.x + box.width - 20;
  const yOf = (value: number): number => box.y + 14 + (1 - value / 1.5) * (box.height - 14 - 44);
  await page.mouse.move(left, yOf(1));
  await page.mouse.down();
  await page.mouse.move(left + (right - left) * 0.2, yOf(0.1), { steps: 8 });
  await page.mouse.move(right, yOf(0.05), { steps: 12 });
  await page.mouse.up();
  await expect(view.locator('.lesson-point')).toHaveCount(25);
  await view.getByRole('button', { name: 'Commit my prediction' }).click();
  await view.getByRole('button', { name: 'Run the lesson' }).click();

  const verdict = view.getByTestId('lesson-verdict');
  await expect(verdict).toContainText(/Score \d+ \/ 100/);
  const score = Number((await verdict.locator('.lesson-score').textContent())!.match(/\d+/)![0]);
  expect(score).toBeGreaterThanOrEqual(60);
  await expect(view.getByText('Your prediction', { exact: true })).toBeVisible();
  await expect(view.locator('.lesson-result .lesson-prediction-line')).toHaveCount(1);
  await expect(view.locator('.lesson-result .lesson-model-line')).toHaveCount(1);
  await expect(view.getByText(/The brain cannot tell injected testosterone/)).toBeVisible();
  await expect(page.locator('.scenario-name')).toContainText('Weekly testosterone injections');
  await expectNoAxeViolations(page, 'lesson after running');

  await page.reload();
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await page.getByText(/Guided lessons: predict, run, explain \(1 of 20 done\)/).click();
  await expect(page.getByRole('button', { name: new RegExp(`Testosterone from outside shuts the testes down.*Done · score ${score}`) })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a choice lesson by keyboard only, and a sketch drawn with the keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openApp(page);
  // Start from the lesson list's disclosure; everything after is keys.
  await page.getByText(/Guided lessons: predict, run, explain/).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toContainText('FSH’s own brakes');
  await page.keyboard.press('Enter');
  const view = page.locator('.lesson-view');
  await expect(view.locator('h2')).toBeFocused();
  // Past the glossary links of the question, to the first option.
  await tabUntil(page, (el) => el.getAttribute('type') === 'radio');
  await page.keyboard.press('ArrowDown'); // second option: FSH rises more
  await expect(page.getByRole('radio', { name: /FSH rises more/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Commit my prediction');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText('Run the lesson');
  await page.keyboard.press('Enter');
  await expect(view.getByTestId('lesson-verdict')).toContainText(/^Right:/);
  await expect(view.locator('.lesson-result-step')).toBeFocused();
  await expect(view.getByText(/Inhibin B, made by the Sertoli cells|inhibin B/i).first()).toBeVisible();
  // Continue exploring by keyboard: Tab until the button has focus.
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(':focus').textContent()) === 'Continue exploring') break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.lesson-view')).toHaveCount(0);
  await expect(page.locator('.scenario-name')).toContainText('Orchiectomy on day 10');

  // A sketch lesson by keyboard: set a level, carry it across with →, commit with Enter.
  await page.getByRole('button', { name: /Pulses or a steady drip/ }).focus();
  await page.keyboard.press('Enter');
  const pad = page.getByRole('application', { name: /Draw LH/ });
  await tabUntil(page, (el) => el.getAttribute('role') === 'application');
  await expect(pad).toBeFocused();
  await page.keyboard.press('PageDown'); // day 0: 0.5
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.sketch [aria-live="polite"]')).toContainText('7 of 25 days drawn');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText('Run the lesson');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-verdict')).toContainText(/Score \d+ \/ 100/);

  await page.reload();
  await expect(page.locator('[data-testid="charts"] .series-line path').first()).toBeVisible();
  await expect(page.getByText(/\(2 of 20 done\)/)).toBeVisible();
  expect(errors).toEqual([]);
});
