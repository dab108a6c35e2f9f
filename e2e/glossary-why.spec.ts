import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openApp, openTab } from './helpers';


test('glossary: from an inline link and from the header; search; follow a see-also link', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await page.locator('.diagram-panel').getByRole('button', { name: 'In words' }).click();
  await page.locator('.diagram-panel').getByRole('button', { name: 'LH (glossary)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'LH', exact: true })).toBeFocused();
  await expectNoAxeViolations(page, 'glossary');

  await dialog.getByLabel('Search the glossary').fill('aromatase');
  await expect(dialog.getByText(/terms match/)).toHaveText(/^\d+ of \d+ terms match$/);
  await expect(dialog.getByRole('heading', { name: 'Tamoxifen' })).toHaveCount(0);
  await dialog.locator('#glossary-aromatase').getByRole('button', { name: 'Estradiol' }).click();
  await expect(dialog.getByLabel('Search the glossary')).toHaveValue('');
  await expect(dialog.getByRole('heading', { name: 'Estradiol', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^\d+ terms$/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test('why view: bars and a sentence that changes across the last injection of the default scenario', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await openTab(page, 'Why');
  const why = page.getByTestId('why-panel');
  const cursor = page.getByRole('slider', { name: /Cursor day/ });
  await cursor.fill('100');
  await expect(why.getByRole('heading')).toContainText('day 100');
  const sentence = why.getByTestId('why-sentence');
  await expect(sentence).toContainText('Androgen-receptor feedback is doing the largest share of the work');
  const before = await sentence.textContent();
  await expect(why.locator('.why-bar')).toHaveCount(9);
  // The table fits the side column: no sideways scrolling, every bar visible.
  expect(await why.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await expect(why.getByRole('table')).toContainText('Inhibin B on FSH');
  await expectNoAxeViolations(page, 'why');

  await cursor.fill('200');
  await expect(why.getByRole('heading')).toContainText('day 200');
  await expect(sentence).not.toHaveText(before!);
  await expect(sentence).toContainText('Estrogen-receptor feedback is doing most of the work');
  expect(errors).toEqual([]);
});
