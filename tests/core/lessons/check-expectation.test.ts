/** Lesson statements checked against results (src/core/lessons/check-expectation.ts) and choice scoring. */
import { describe, expect, it } from 'vitest';
import { checkExpectation, measureValue, type LessonResults } from '../../../src/core/lessons/check-expectation';
import { scoreChoice } from '../../../src/core/lessons/score-choice';
import type { Scenario } from '../../../src/core/scenario/types';

const scenario: Scenario = {
  format: 'gonadostat-scenario/1', name: 't', model: 'male-hpg', days: 4,
  subject: { conditions: [] }, regimens: [], parameters: {}, output: { everyHours: 24 },
};
const days = Float64Array.from([0, 1, 2, 3, 4]);
const results: LessonResults = {
  main: { scenario, days, series: { lh: Float64Array.from([1, 0.5, 0.2, 0.1, 0.1]), testosterone: Float64Array.from([1, 0.4, 0.6, 0.95, 1]) } },
  other: { scenario, days, series: { lh: Float64Array.from([1, 1, 1, 1, 1]), testosterone: Float64Array.from([1, 1, 1, 1, 1]) } },
};

describe('measureValue', () => {
  it('reads window statistics on the grid and whole-run metrics', () => {
    expect(measureValue({ output: 'lh', window: [1, 3], stat: 'mean' }, results)).toBeCloseTo(0.8 / 3, 12);
    expect(measureValue({ output: 'lh', window: [1, 3], stat: 'final' }, results)).toBe(0.1);
    expect(measureValue({ output: 'lh', window: [0, 4], stat: 'max', run: 'other' }, results)).toBe(1);
    expect(measureValue({ metric: 'testosterone.nadir' }, results)).toBe(0.4);
    expect(measureValue({ output: 'lh', window: [1, 3], stat: 'mean', run: 'missing' }, results)).toBeNaN();
  });
});

describe('checkExpectation', () => {
  it('passes and fails ranges, with the measured value in the detail', () => {
    const ok = checkExpectation({ output: 'lh', window: [2, 4], stat: 'mean', below: 0.2, says: 'LH is low.' }, results);
    expect(ok.pass).toBe(true);
    expect(ok.detail).toBe('LH is low. mean lh, days 2–4 = 0.133 (expected < 0.2)');
    expect(checkExpectation({ output: 'lh', window: [2, 4], stat: 'mean', above: 0.2, says: 'x' }, results).pass).toBe(false);
  });

  it('compares two measures with a factor', () => {
    const e = { larger: { run: 'other', output: 'lh', window: [2, 4], stat: 'mean' }, smaller: { output: 'lh', window: [2, 4], stat: 'mean' }, says: 'Higher.' } as const;
    expect(checkExpectation(e, results).pass).toBe(true);
    expect(checkExpectation({ ...e, byAtLeast: 10 }, results).pass).toBe(false);
  });

  it('fails, rather than throws, on a missing run', () => {
    expect(checkExpectation({ run: 'nope', output: 'lh', window: [0, 1], stat: 'mean', below: 1, says: 'x' }, results).pass).toBe(false);
  });
});

describe('scoreChoice', () => {
  const prediction = { kind: 'choice', prompt: 'Which?', options: [{ id: 'a', text: 'A rises.' }, { id: 'b', text: 'B rises.' }, { id: 'c', text: 'Neither.' }], correct: 'b' } as const;
  it('says whether the choice was right and gives the answer', () => {
    expect(scoreChoice(prediction, 'b')).toMatchObject({ correct: true, sentence: expect.stringMatching(/^Right: B rises\./) });
    expect(scoreChoice(prediction, 'a')).toMatchObject({ correct: false, answer: { id: 'b' }, sentence: expect.stringMatching(/^Not this time\. The model bears out “B rises\.”/) });
    expect(scoreChoice(prediction, 'zzz').sentence).toMatch(/Pick one/);
  });
});
