import { expect, test } from '@playwright/test';
import { AGENT_INFO } from '../src/core/agents/agent-info';
import { getModel } from '../src/core/model/registry';

/** The agents of the male model the app opens with (the female model's have their own spec, female.spec.ts). */
const AGENT_IDS = getModel('male-hpg').agents;
import { agentSwitch, chartSignature, collectErrors, expectChartsChanged, openApp } from './helpers';

test('switching each agent on changes the charts, and off restores them', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // Start from an untreated subject so every agent's effect shows.
  await openApp(page);
  for (const id of AGENT_IDS) await agentSwitch(page, AGENT_INFO[id].displayName).uncheck();
  await page.getByLabel('Simulated days').fill('120');
  await expect(page.locator('.timeline-label')).toHaveCount(0);
  await expect(page.locator('.run-state')).not.toHaveClass(/is-running/);
  for (const id of AGENT_IDS) {
    await test.step(AGENT_INFO[id].displayName, async () => {
      const toggle = agentSwitch(page, AGENT_INFO[id].displayName);
      const wasOn = await toggle.isChecked();
      if (wasOn) await toggle.uncheck();
      const before = await chartSignature(page);
      await toggle.check();
      await expect(toggle).toBeChecked();
      await expect(page.locator('.timeline-label', { hasText: AGENT_INFO[id].displayName }).first()).toBeVisible();
      const after = await expectChartsChanged(page, before);
      expect(after).not.toContain('NaN');
      await toggle.uncheck();
      await expect.poll(() => chartSignature(page)).toBe(before);
    });
  }
  expect(errors).toEqual([]);
});

test('editing a regimen: dose, delivery, interval, until day, and the timeline handles', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Simulated days').fill('120');
  const toggle = agentSwitch(page, 'hCG');
  await toggle.check();
  const editor = page.getByRole('group', { name: 'hCG regimen' });
  await expect(editor).toBeVisible();

  let signature = await chartSignature(page);
  await editor.getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('3');
  signature = await expectChartsChanged(page, signature);

  // An out-of-range dose is named next to the field, and the last good scenario stays.
  await editor.getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('50');
  await expect(editor.locator('.field-error')).toContainText('20');
  expect(await chartSignature(page)).toBe(signature);
  await editor.getByRole('spinbutton', { name: 'Dose (× reference)' }).fill('2');
  signature = await expectChartsChanged(page, signature);
  await expect(editor.locator('.field-error')).toHaveCount(0);

  await editor.getByLabel('Every').fill('4');
  signature = await expectChartsChanged(page, signature);
  await editor.getByLabel('Delivery').selectOption('infusion');
  await expect(editor.getByLabel('Every')).toHaveCount(0);
  signature = await expectChartsChanged(page, signature);
  await editor.getByLabel('Delivery').selectOption('bolus');
  await editor.getByLabel('Interval unit').selectOption('hours');
  // Back to a bolus restores the reference interval (every 2 days), now shown in hours.
  await expect(editor.getByLabel('Every')).toHaveValue('48');
  await editor.getByLabel('Until day').fill('60');
  signature = await expectChartsChanged(page, signature);

  // The timeline's end handle moves with the keyboard, and shows in the editor.
  const end = page.getByRole('slider', { name: 'hCG end day' });
  await expect(end).toHaveAttribute('aria-valuenow', '60');
  await end.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(end).toHaveAttribute('aria-valuenow', '68');
  await expect(editor.getByLabel('Until day')).toHaveValue('68');
  signature = await expectChartsChanged(page, signature);

  // Dragging the start handle with the mouse.
  const start = page.getByRole('slider', { name: 'hCG start day' });
  const box = (await start.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  expect(Number(await start.getAttribute('aria-valuenow'))).toBeGreaterThan(5);
  await expect(editor.getByLabel('From day')).not.toHaveValue('0');
  await expectChartsChanged(page, signature);
});
