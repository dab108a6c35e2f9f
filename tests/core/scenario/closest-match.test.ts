/** Near-miss suggestions (src/core/scenario/closest-match.ts). */
import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../../src/core/scenario/closest-match';

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['lhHalfLifeHour', 'lhHalfLifeHours', 1],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestMatch', () => {
  const ids = ['lhHalfLifeHours', 'fshHalfLifeHours', 'aromataseGain'];

  it('suggests the nearest id, ignoring case', () => {
    expect(closestMatch('LHHalfLifeHours', ids)).toBe('lhHalfLifeHours');
    expect(closestMatch('fshHalfLifeHrs', ids)).toBe('fshHalfLifeHours');
  });

  it('suggests nothing when no id is close', () => {
    expect(closestMatch('gain', ids)).toBeUndefined();
    expect(didYouMean('xyz', ids)).toBe('');
  });

  it('formats the suggestion', () => {
    expect(didYouMean('aromatseGain', ids)).toBe(" (did you mean 'aromataseGain'?)");
  });
});
