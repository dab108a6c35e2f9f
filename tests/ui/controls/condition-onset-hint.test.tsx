// @vitest-environment happy-dom
/**
 * The onset field of a condition says what day 0 means in the chosen model's
 * words: a woman's baseline is her cycle, and the page never calls her "his".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { StoreProvider } from '../../../src/state/use-app-store';
import { readyStore } from '../../state/helpers';

afterEach(cleanup);

describe('condition onset hint', () => {
  it('speaks of her own cycle in the female model and of his steady state in the male model', async () => {
    const store = await readyStore();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    await act(async () => {
      store.getState().setCondition('obesity', true);
      await store.getState().simulateCurrent();
    });
    expect(screen.getByText(/the subject starts at his own steady state/)).toBeTruthy();

    await act(async () => {
      store.getState().setModel('female-hpg');
      await store.getState().simulateCurrent();
    });
    await act(async () => {
      store.getState().setCondition('pcos-like', true);
      await store.getState().simulateCurrent();
    });
    // Obesity came along from the male scenario: each condition present has its hint.
    expect(screen.getAllByText(/she starts in her own cycle/)).toHaveLength(2);
    expect(screen.queryByText(/his own steady state/)).toBeNull();
  });
});
