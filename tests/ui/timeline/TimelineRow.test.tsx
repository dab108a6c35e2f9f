// @vitest-environment happy-dom
/** Timeline handles are keyboard sliders that patch from/until days within the window. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TimelineRow } from '../../../src/ui/timeline/TimelineRow';
import type { Regimen } from '../../../src/core/scenario/types';

afterEach(cleanup);

const regimen: Regimen = { agent: 'hcg', dose: 1, mode: 'bolus', everyDays: 2, fromDay: 10, untilDay: 60 };

function setup(r: Regimen = regimen) {
  const onPatch = vi.fn(() => true);
  render(
    <svg>
      <TimelineRow regimen={r} index={2} name="hCG" color="#0072B2" days={100} x0={100} xEnd={600} pxPerDay={5} y={0} height={34} onPatch={onPatch} />
    </svg>,
  );
  return onPatch;
}

describe('TimelineRow', () => {
  it('exposes start and end handles as sliders with their days', () => {
    setup();
    const start = screen.getByRole('slider', { name: 'hCG start day' });
    expect(start.getAttribute('aria-valuenow')).toBe('10');
    expect(start.getAttribute('aria-valuemax')).toBe('60');
    expect(screen.getByRole('slider', { name: 'hCG end day' }).getAttribute('aria-valuetext')).toBe('day 60');
  });

  it('moves by a day with the arrows, a week with Page Up/Down, to the limits with Home/End', () => {
    const onPatch = setup();
    const start = screen.getByRole('slider', { name: 'hCG start day' });
    const end = screen.getByRole('slider', { name: 'hCG end day' });
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(onPatch).toHaveBeenLastCalledWith(2, { fromDay: 11 });
    fireEvent.keyDown(start, { key: 'PageDown' });
    expect(onPatch).toHaveBeenLastCalledWith(2, { fromDay: 3 });
    fireEvent.keyDown(start, { key: 'End' });
    expect(onPatch).toHaveBeenLastCalledWith(2, { fromDay: 60 });
    fireEvent.keyDown(end, { key: 'ArrowLeft' });
    expect(onPatch).toHaveBeenLastCalledWith(2, { untilDay: 59 });
    // Dragged to the end of the window: the regimen runs to the end (no until day).
    fireEvent.keyDown(end, { key: 'End' });
    expect(onPatch).toHaveBeenLastCalledWith(2, { untilDay: null });
    fireEvent.keyDown(end, { key: 'Home' });
    expect(onPatch).toHaveBeenLastCalledWith(2, { untilDay: 10 });
  });
});
