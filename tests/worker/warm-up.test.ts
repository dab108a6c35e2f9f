/** The worker's warm-up: runs the scenario a few times within its budget and never throws. */
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/worker/warm-up';
import { DEFAULT_PRESET } from '../../src/core/scenario/presets';

describe('warmUp', () => {
  it('runs the scenario up to the number of runs asked for', () => {
    expect(warmUp(DEFAULT_PRESET.scenario, () => 0, 3)).toBe(3);
  });
  it('stops when the time budget is spent', () => {
    let clock = 0;
    expect(warmUp(DEFAULT_PRESET.scenario, () => (clock += 100), 10, 150)).toBe(1);
  });
  it('ignores a scenario that cannot run', () => {
    expect(warmUp({ ...DEFAULT_PRESET.scenario, model: 'no-such-model' as never }, () => 0, 2)).toBe(2);
  });
});
