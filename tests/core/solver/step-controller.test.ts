import { describe, expect, it } from 'vitest';
import { FAC_MAX, StepSizeController } from '../../../src/core/solver/step-controller';

describe('StepSizeController (PI control)', () => {
  it('grows the step after a small error, never more than 10×, and shrinks it after a large one, never below 0.2×', () => {
    const c = new StepSizeController(5);
    expect(c.accepted(0)).toBe(FAC_MAX);
    const growth = c.accepted(0.01);
    expect(growth).toBeGreaterThan(1);
    expect(growth).toBeLessThanOrEqual(FAC_MAX);
    expect(c.rejected(2)).toBeLessThan(1);
    expect(c.rejected(Infinity)).toBe(0.2);
  });

  it('does not grow the step right after a rejection', () => {
    const c = new StepSizeController(5);
    c.rejected(3);
    expect(c.accepted(1e-6)).toBe(1);
    expect(c.accepted(1e-6)).toBeGreaterThan(1);
  });

  it('returns to the proposed step after a step shortened to land on an event, keeping its memory', () => {
    const c = new StepSizeController(5);
    c.accepted(0.5);
    // A sliver 1e-6 of the proposal, with a round-off-level error: back to the proposal.
    expect(c.acceptedShortened(1e-14, 1e6)).toBe(1e6);
    // The memory still holds err = 0.5, so the next growth is as after that step.
    const fresh = new StepSizeController(5);
    fresh.accepted(0.5);
    expect(c.accepted(0.3)).toBe(fresh.accepted(0.3));
    // A mildly shortened step whose error allows more than the proposal grows as usual.
    expect(c.acceptedShortened(1e-6, 1.5)).toBeGreaterThan(1.5);
  });

  it('includes the previous error (the I-part): a smaller previous error means less growth', () => {
    const smooth = new StepSizeController(5);
    smooth.accepted(1e-3);
    const rough = new StepSizeController(5);
    rough.accepted(0.9);
    expect(smooth.accepted(0.5)).toBeLessThan(rough.accepted(0.5));
  });
});
