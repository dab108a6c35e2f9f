/** The emitter's runtime powers: shared per function, and multiplied out for a default exponent to the same bits as `power`. */
import { describe, expect, it } from 'vitest';
import { JsEmitter } from '../../../src/core/compiler/emit-js';
import { parseExpression } from '../../../src/core/compiler/expression';
import { power } from '../../../src/core/model/runtime-math';

/** Compiles `text` (symbols x and n) with n's default taken as `guess`, into (x, n) => value. */
function compile(text: string, guess: number | null): { fn: (x: number, n: number) => number; lines: string[] } {
  const em = new JsEmitter((name) => name, 'rhs', '  ', '_t', (e) => (e.k === 'sym' && e.name === 'n' ? guess : null));
  const value = em.emit(parseExpression(text, 'test'));
  const fn = new Function('x', 'n', 'power', `${em.lines.join('\n')}\nreturn ${value};`) as (x: number, n: number, p: typeof power) => number;
  return { fn: (x, n) => fn(x, n, power), lines: em.lines };
}

describe('JsEmitter runtime powers', () => {
  const bases = [0, 1e-12, 0.03, 0.5, 0.999, 1, 1.7, 3, 250];

  it('multiplies out a default exponent to exactly the number power gives, and falls back to power for another value', () => {
    for (const guess of [...Array.from({ length: 65 }, (_, q) => q / 4), 3.68896, 16.25, -1]) {
      const { fn } = compile('x ^ n', guess);
      for (const x of bases) {
        expect(Object.is(fn(x, guess), power(x, guess)), `${x}^${guess}`).toBe(true);
        expect(Object.is(fn(x, guess + 0.25), power(x, guess + 0.25)), `${x}^${guess + 0.25} (not the default)`).toBe(true);
      }
    }
  });

  it('raises the same base to the same exponent once in a function (a Hill function)', () => {
    const { fn, lines } = compile('x ^ n / (x ^ n + 2)', null);
    expect(lines.filter((l) => l.includes('power(')).length).toBe(1);
    expect(fn(1.5, 2.9)).toBe(power(1.5, 2.9) / (power(1.5, 2.9) + 2));
  });
});
