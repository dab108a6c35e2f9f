/** Numbers as students read them (src/core/output/plain-numbers.ts). */
import { describe, expect, it } from 'vitest';
import { dayNumber, dayStep, isNearZero, roundDay, twoSignificant } from '../../../src/core/output/plain-numbers';

describe('plain numbers', () => {
  it('keep two significant figures without exponents', () => {
    expect(twoSignificant(0.0031234)).toBe('0.0031');
    expect(twoSignificant(0.4349)).toBe('0.43');
    expect(twoSignificant(1)).toBe('1.0');
    expect(twoSignificant(2.46)).toBe('2.5');
    expect(twoSignificant(12.3)).toBe('12');
    expect(twoSignificant(194)).toBe('190');
    expect(twoSignificant(99.6)).toBe('100');
    expect(twoSignificant(0)).toBe('0');
  });

  it('call a level near zero below a thousandth of baseline', () => {
    expect(isNearZero(0.000999)).toBe(true);
    expect(isNearZero(0.001)).toBe(false);
  });

  it('round days to whole days in long windows and quarter days in short ones', () => {
    expect(dayStep(547)).toBe(1);
    expect(dayStep(28)).toBe(0.25);
    expect(roundDay(256.1, 547)).toBe(256);
    expect(dayNumber(256.1, 547)).toBe('256');
    expect(dayNumber(12.3, 28)).toBe('12.25');
    expect(dayNumber(12.4, 28)).toBe('12.5');
    expect(dayNumber(3, 28)).toBe('3');
  });
});
