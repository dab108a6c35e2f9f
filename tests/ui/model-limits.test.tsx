// @vitest-environment happy-dom
/**
 * The scenario header shows the model's known limits for the scenario on the
 * page (src/core/scenario/model-limits.ts), and only while they apply.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ScenarioHeader } from '../../src/ui/ScenarioHeader';
import { StoreProvider } from '../../src/state/use-app-store';
import { femaleScenario, every } from '../../src/core/scenario/build';
import { readyStore } from '../state/helpers';

afterEach(cleanup);

describe('ScenarioHeader model limits', () => {
  it('names the limits of letrozole and oral progesterone in the PCOS-like subject, and drops the PCOS one when the condition goes', async () => {
    const store = await readyStore({ initialScenario: femaleScenario('Progestin then letrozole, PCOS-like', 60, [every('progesterone-oral', 1, 0, 10), every('letrozole', 1, 14, 19)], { conditions: ['pcos-like'] }) });
    render(
      <StoreProvider store={store}>
        <ScenarioHeader />
      </StoreProvider>,
    );
    const list = screen.getByRole('list', { name: 'Limits of the model in this scenario' });
    // A chip beside the heading; behind it, what the model does and what is measured.
    expect(list.closest('details')!.querySelector('summary')!.textContent).toBe('Model limits (2)');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^No ovulation on letrozole in this subject\. In women with PCOS letrozole restores ovulation at least as often as clomiphene/);
    expect(items[1]).toMatch(/^Progesterone slows GnRH pulses within hours here\./);
    await act(async () => {
      store.getState().setCondition('pcos-like', false);
      await store.getState().simulateCurrent();
    });
    const left = screen.getByRole('list', { name: 'Limits of the model in this scenario' });
    expect([...left.querySelectorAll('li')].map((li) => li.textContent?.slice(0, 40))).toEqual(['Progesterone slows GnRH pulses within ho']);
  });
});
