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
  it('names the limit of clomiphene in the PCOS-like subject, and drops it when the condition goes', async () => {
    const store = await readyStore({ initialScenario: femaleScenario('Clomiphene, PCOS-like', 60, [every('clomiphene', 1, 4, 9, 2)], { conditions: ['pcos-like'] }) });
    render(
      <StoreProvider store={store}>
        <ScenarioHeader />
      </StoreProvider>,
    );
    const list = screen.getByRole('list', { name: 'Limits of the model in this scenario' });
    // A chip beside the heading; behind it, what the model does and what is measured.
    expect(list.closest('details')!.querySelector('summary')!.textContent).toBe('Model limits (2)');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^Her estradiol and inhibin B fall to menopausal levels here\./);
    expect(items[1]).toMatch(/^No ovulation on clomiphene or letrozole in this subject\. In women with PCOS clomiphene restores ovulation in most/);
    await act(async () => {
      store.getState().setCondition('pcos-like', false);
      await store.getState().simulateCurrent();
    });
    expect(screen.queryByRole('list', { name: 'Limits of the model in this scenario' })).toBeNull();
  });
});
