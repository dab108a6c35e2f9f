// @vitest-environment happy-dom
/**
 * The sensitivity section starts with the metric that fits the model: days to
 * testosterone's 90% recovery for the male model, days from the last dose to
 * the first ovulation for the female model, whose cycle metrics come first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SensitivitySection } from '../../../src/ui/research/SensitivitySection';
import { StoreProvider } from '../../../src/state/use-app-store';
import { readyStore } from '../../state/helpers';

afterEach(cleanup);

describe('SensitivitySection metric', () => {
  it('defaults to testosterone recovery for a man and to the first ovulation after the last dose for a woman', async () => {
    const store = await readyStore();
    render(
      <StoreProvider store={store}>
        <SensitivitySection />
      </StoreProvider>,
    );
    const metric = (): HTMLSelectElement => screen.getByLabelText('Metric');
    expect(metric().value).toBe('testosterone.to90Days');
    await act(async () => {
      store.getState().setModel('female-hpg');
      await store.getState().simulateCurrent();
    });
    expect(metric().value).toBe('cycle.toOvulationDays');
    expect([...metric().options].slice(0, 3).map((o) => o.textContent)).toEqual([
      'Ovulations in the run',
      'Cycle length, ovulation to ovulation (mean)',
      'Days from the last dose to the first ovulation',
    ]);
  });
});
