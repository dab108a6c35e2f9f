/** Sketch scoring (src/core/lessons/score-sketch.ts): a skill score against "nothing changes". */
import { describe, expect, it } from 'vitest';
import { scoreSketch, type SketchPoint } from '../../../src/core/lessons/score-sketch';

// A model curve on a daily grid: 1 until day 10, then a linear rise to 3 on day 30, flat to day 40.
const days = Float64Array.from({ length: 41 }, (_, k) => k);
const model = days.map((d) => (d <= 10 ? 1 : d <= 30 ? 1 + (d - 10) / 10 : 3));
const curve = (f: (day: number) => number, from = 0, to = 40): SketchPoint[] =>
  Array.from({ length: to - from + 1 }, (_, k) => ({ day: from + k, value: f(from + k) }));
const window = [0, 40] as const;

describe('scoreSketch', () => {
  it('scores the model’s own curve 100 and "nothing changes" 0', () => {
    const exact = scoreSketch(curve((d) => model[d]!), days, model, window);
    expect(exact.score).toBe(100);
    expect(exact.rms).toBe(0);
    expect(exact.sentence).toMatch(/^Close \(score 100\)/);
    const flat = scoreSketch([{ day: 0, value: 1 }, { day: 40, value: 1 }], days, model, window);
    expect(flat.score).toBe(0);
    expect(flat.rms).toBeCloseTo(flat.referenceRms, 12);
  });

  it('scores a curve halfway between the two about 50 and names the largest gap', () => {
    const half = scoreSketch(curve((d) => (1 + model[d]!) / 2), days, model, window);
    expect(half.score).toBe(50);
    expect(half.largestGap).toMatchObject({ model: 3, drawn: 2 });
    expect(half.largestGap!.day).toBeGreaterThanOrEqual(30);
    expect(half.sentence).toMatch(/^Partly right \(score 50\)\. The biggest gap is on day \d+: you drew 2\.0 times baseline, the model shows 3\.0 times baseline\./);
  });

  it('interpolates between the drawn points: two points on the rise are exact there', () => {
    const rise = scoreSketch([{ day: 10, value: 1 }, { day: 30, value: 3 }], days, model, window);
    expect(rise.score).toBe(100);
    expect(rise.coverage).toBeCloseTo(21 / 41, 12);
  });

  it('says when the sketch covers under half of the window', () => {
    const part = scoreSketch(curve((d) => model[d]!, 0, 10), days, model, window);
    expect(part.coverage).toBeCloseTo(11 / 41, 12);
    expect(part.sentence).toMatch(/covers only 27% of the window/);
  });

  it('judges a flat model curve against a tenth of baseline', () => {
    const ones = new Float64Array(41).fill(1);
    expect(scoreSketch([{ day: 0, value: 1 }, { day: 40, value: 1 }], days, ones, window).score).toBe(100);
    expect(scoreSketch([{ day: 0, value: 1.05 }, { day: 40, value: 1.05 }], days, ones, window).score).toBe(50);
    expect(scoreSketch([{ day: 0, value: 2 }, { day: 40, value: 2 }], days, ones, window).sentence).toMatch(/^Not yet \(score 0\)/);
  });

  it('needs two points inside the window', () => {
    expect(scoreSketch([{ day: 5, value: 1 }], days, model, window)).toMatchObject({ score: 0, sentence: expect.stringMatching(/at least two points/) });
    expect(scoreSketch([{ day: 50, value: 1 }, { day: 60, value: 1 }], days, model, window).sentence).toMatch(/outside the window/);
  });
});
