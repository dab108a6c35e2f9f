// @vitest-environment happy-dom
/**
 * Issue 13, case 7: a sensitivity result stayed on screen after the scenario
 * changed, labelled only by the scenario's name. Now the result keeps the
 * scenario it was computed for, and the section says "Out of date" as soon as
 * the scenario differs (and not when an edit is undone).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createAppStore } from '../../../src/state/store';
import { createInlineSimulator } from '../../../src/state/simulator';
import { inlineSweepWorker } from '../../../src/state/sweep-workers';
import { StoreProvider } from '../../../src/state/use-app-store';
import { SensitivitySection } from '../../../src/ui/research/SensitivitySection';
import { MemoryStorage } from '../../state/helpers';
import { sweepableParameters } from '../../../src/core/analysis/sweep';
import type { AppStore } from '../../../src/state/store';

/** One parameter the sweep can vary (whatever the model of the day calls it). */
const firstParameter = (store: AppStore): string[] => [sweepableParameters(store.getState().scenario)[0]!.id];

afterEach(cleanup);

describe('a sensitivity result after the scenario changes', () => {
  it('is labelled out of date until the scenario is the one it was computed for again', async () => {
    const store = createAppStore({ simulator: createInlineSimulator(), storage: new MemoryStorage(), sweepWorkers: inlineSweepWorker });
    const days = store.getState().scenario.days;
    await store.getState().runSensitivity({ metric: 'testosterone.mean', fraction: 0.2, parameters: firstParameter(store), workers: 1 });
    expect(store.getState().sensitivity?.scenario).toBe(store.getState().scenario);
    render(<StoreProvider store={store}><SensitivitySection /></StoreProvider>);
    expect(screen.getByTestId('tornado-result')).toBeTruthy();
    expect(screen.queryByTestId('stale-result-note')).toBeNull();

    act(() => void store.getState().setDays(days + 30));
    expect(screen.getByTestId('stale-result-note').textContent).toMatch(/^Out of date: this sensitivity result was computed for the scenario as it was before/);

    act(() => void store.getState().setDays(days));
    expect(screen.queryByTestId('stale-result-note')).toBeNull();
  }, 60_000);

  it('belongs to the scenario the sweep started with, even if it is edited while the sweep runs', async () => {
    const store = createAppStore({ simulator: createInlineSimulator(), storage: new MemoryStorage(), sweepWorkers: inlineSweepWorker });
    const started = store.getState().scenario;
    const running = store.getState().runSensitivity({ metric: 'testosterone.mean', fraction: 0.2, parameters: firstParameter(store), workers: 1 });
    store.getState().setDays(started.days + 10);
    await running;
    expect(store.getState().sensitivity?.scenario).toBe(started);
    expect(store.getState().sensitivity?.scenarioName).toBe(started.name);
  }, 60_000);
});
