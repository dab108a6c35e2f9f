// @vitest-environment happy-dom
/**
 * The whole page over a real store (inline simulator): the agent switches are
 * named by display name, and switching one edits the scenario through the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { StoreProvider } from '../../src/state/use-app-store';
import { AGENT_INFO } from '../../src/core/agents/agent-info';
import { MODELS } from '../../src/core/model/registry';
import { readyStore } from '../state/helpers';

afterEach(cleanup);

describe('App', () => {
  it('shows one named switch per agent, the notice, and charts relative to baseline', async () => {
    const store = await readyStore();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    // The agents of the opening model's axis (the GH axis lists its own once chosen).
    for (const id of MODELS['male-hpg'].agents) expect(screen.getByRole('switch', { name: AGENT_INFO[id].displayName })).toBeTruthy();
    expect(screen.getAllByText('A teaching model, not a dosing tool.')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Hormone trajectories, relative to baseline' })).toBeTruthy();

    const hcg = screen.getByRole('switch', { name: 'hCG' });
    await act(async () => {
      fireEvent.click(hcg);
      await store.getState().simulateCurrent();
    });
    expect(store.getState().scenario.regimens.some((r) => r.agent === 'hcg')).toBe(true);
    expect(screen.getByRole('group', { name: 'hCG regimen' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'hCG end day' })).toBeTruthy();
    // The notice stays in the page header (the banner landmark), not dismissible.
    expect(within(screen.getByRole('banner')).getByText('A teaching model, not a dosing tool.')).toBeTruthy();
  });
});

describe('App with a failing solver', () => {
  it('announces the failure and keeps the last good charts, never an empty or NaN chart', async () => {
    const { createInlineSimulator } = await import('../../src/state/simulator');
    const inner = createInlineSimulator();
    let fail = false;
    const store = await readyStore({
      simulator: { run: (s) => (fail ? Promise.resolve({ kind: 'failed', message: 'step budget exhausted' }) : inner.run(s)), dispose: () => inner.dispose() },
    });
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    fail = true;
    await act(async () => {
      store.getState().setDays(100);
      await store.getState().simulateCurrent();
    });
    expect(screen.getByRole('alert').textContent).toMatch(/The simulation failed: step budget exhausted\..*last run that succeeded/);
    const paths = [...document.querySelectorAll('.series-line path')].map((p) => p.getAttribute('d') ?? '');
    for (const d of paths) expect(d).not.toContain('NaN');
  });
});
