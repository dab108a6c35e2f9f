// @vitest-environment happy-dom
/**
 * For a cycling model the uncertainty band widens cycle after cycle as the
 * draws drift out of step; the section says so for the female model only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { UncertaintySection } from '../../../src/ui/research/UncertaintySection';
import { StoreProvider } from '../../../src/state/use-app-store';
import { readyStore } from '../../state/helpers';

afterEach(cleanup);

describe('UncertaintySection for a rhythm', () => {
  it('says the band widens cycle after cycle for the female model, and nothing of the kind for the male model', async () => {
    const store = await readyStore();
    render(
      <StoreProvider store={store}>
        <UncertaintySection />
      </StoreProvider>,
    );
    expect(screen.queryByTestId('rhythm-band-note')).toBeNull();
    await act(async () => {
      store.getState().setModel('female-hpg');
      await store.getState().simulateCurrent();
    });
    expect(screen.getByTestId('rhythm-band-note').textContent).toMatch(/drift out of step and the band widens cycle after cycle/);
  });
});
