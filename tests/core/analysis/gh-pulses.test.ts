/** Counting GH pulses in sampled series of known shape. */
import { describe, expect, it } from 'vitest';
import { countPulses } from '../../../src/core/analysis/gh-pulses';

/** Pulses every `everyHours` (rise over ~17 min, fall with a 24.5-min half-life) on a trough, sampled every 3 min for `days`. */
function pulseTrain(days: number, everyHours: number, height: number, trough: number): { days: Float64Array; values: Float64Array } {
  const n = Math.round((days * 24) / 0.05) + 1;
  const t = Float64Array.from({ length: n }, (_, k) => (k * 0.05) / 24);
  const kFall = Math.log(2) / (24.5 / 60);
  const kRise = Math.log(2) / (6.8 / 60);
  const values = t.map((d) => {
    const since = (d * 24) % everyHours;
    return trough + height * (Math.exp(-kFall * since) - Math.exp(-kRise * since));
  });
  return { days: t, values };
}

describe('GH pulse count', () => {
  it('finds one pulse every 3 h: 8 in a day, with their height above the trough', () => {
    const s = pulseTrain(2, 3, 4, 0.05);
    const c = countPulses(s.days, s.values, 1, 2, 0.01);
    expect(c.count).toBe(8);
    // e^{−kFall·t} − e^{−kRise·t} peaks at t = ln(kRise/kFall)/(kRise − kFall) = 17 min, at 0.441.
    expect(c.meanAmplitude).toBeCloseTo(4 * 0.441, 2);
    expect(c.meanPeak - c.meanAmplitude).toBeCloseTo(0.05, 2);
  });

  it('counts pulses riding on a raised trough (a ghrelin mimetic lifts the nadir to half the peak)', () => {
    const s = pulseTrain(2, 3, 2, 1.5);
    expect(countPulses(s.days, s.values, 1, 2, 0.01).count).toBe(8);
  });

  it('counts 4 pulses a day when they come every 6 h, and judges a pulse by the trough before it even across the window edge', () => {
    const s = pulseTrain(2, 6, 4, 0.05);
    expect(countPulses(s.days, s.values, 1, 2, 0.01).count).toBe(4);
    expect(countPulses(s.days, s.values, 0.99, 1.02, 0.01).count).toBe(1);
  });

  it('ignores pulses smaller than an assay would see and round-off wiggles on a flat line', () => {
    const tiny = pulseTrain(1, 3, 0.005, 0);
    expect(countPulses(tiny.days, tiny.values, 0, 1, 0.01).count).toBe(0);
    const flat = pulseTrain(1, 3, 0, 1);
    const wiggly = flat.values.map((v, k) => v * (1 + (k % 2 === 0 ? 1e-12 : -1e-12)));
    const c = countPulses(flat.days, wiggly, 0, 1, 0.01);
    expect(c).toEqual({ count: 0, meanAmplitude: 0, meanPeak: 0 });
  });
});
