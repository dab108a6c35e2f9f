/** The feedback mechanisms of the male model, each exposed by one scenario. */
import { describe, expect, it } from 'vitest';
import { MECHANISMS } from './mechanisms';
import { withinRange } from './harness';

describe('mechanisms', () => {
  for (const check of MECHANISMS) {
    it(`${check.id}: ${check.title} — ${check.source}`, () => {
      for (const m of check.run()) {
        expect(withinRange(m), `${m.what} = ${m.actual} (expected ${m.min ?? '−∞'} … ${m.max ?? '∞'})`).toBe(true);
      }
    });
  }
});
