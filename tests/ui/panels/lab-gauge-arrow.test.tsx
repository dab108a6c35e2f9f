// @vitest-environment happy-dom
/**
 * The lab panel's gauges end at 2.5×; a value beyond sits at the end as an
 * arrow. In a rhythm's panel, which flags nothing, an unexplained coloured mark
 * would read as a flag, so the hint explains the arrow on the days it appears.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { LabPanel } from '../../../src/ui/panels/LabPanel';
import { StoreProvider } from '../../../src/state/use-app-store';
import { readyStore } from '../../state/helpers';

afterEach(cleanup);

describe('lab panel gauge beyond its end', () => {
  it('explains the arrow on a day with a value above 2.5× and not on a day without', async () => {
    const store = await readyStore();
    await act(async () => {
      store.getState().loadPreset('letrozole-cycle');
      await store.getState().simulateCurrent();
    });
    const { container } = render(
      <StoreProvider store={store}>
        <LabPanel />
      </StoreProvider>,
    );
    const hint = (): string => container.querySelector('.lab-panel .hint')!.textContent!;
    const arrows = (): number => container.querySelectorAll('.gauge-mark.is-over').length;
    // Day 17 of letrozole on cycle days 3–7: the LH surge, several times LH's cycle average.
    act(() => store.getState().setCursorDay(17));
    expect(arrows()).toBeGreaterThan(0);
    expect(hint()).toMatch(/ending in an arrow: above 2\.5×/);
    // Day 0: every output near its cycle day 1 values, none beyond the gauge.
    act(() => store.getState().setCursorDay(0));
    expect(arrows()).toBe(0);
    expect(hint()).not.toMatch(/arrow/);
  });
});
