import { describe, expect, it } from 'vitest';
import { serumWithReceptorBinding } from '../../../../src/core/model/female-hpg/serum-gonadotropin';

describe('serumWithReceptorBinding', () => {
  // GynCycle's LH constants per hour (Röblitz 2013).
  const kCl = 74.85 / 24;
  const kOn = 2.143 / 24;
  const kDes = 183.36 / 24;
  const kRecy = 68.95 / 24;
  const total = 9.372;

  it.each([0, 1e-6, 1, 50, 1e4])('balances input against clearance and binding (input %s IU/L/h)', (J) => {
    const out = { level: NaN, bound: NaN };
    serumWithReceptorBinding(J, kCl, kOn, kDes, kRecy, total, out);
    expect(out.level).toBeGreaterThanOrEqual(0);
    expect(out.bound).toBeLessThanOrEqual(total);
    // Steady state of GynCycle's triplet: kOn·L·R = kDes·bound = kRecy·desensitized, R + bound + desensitized = total.
    const free = (kDes * out.bound) / Math.max(kOn * out.level, 1e-300);
    if (J > 0) expect(free + out.bound + (kDes * out.bound) / kRecy).toBeCloseTo(total, 9);
    expect(kCl * out.level + kDes * out.bound).toBeCloseTo(J, 9);
  });
});
