/** The female conditions of brief §5 as model checks. */
import { describe, expect, it } from 'vitest';
import { FEMALE_CONDITION_CHECKS } from './conditions';
import { withinRange } from '../harness';

describe('female conditions (female model brief §5)', () => {
  for (const check of FEMALE_CONDITION_CHECKS) {
    it(`${check.id}: ${check.title} — ${check.source}`, () => {
      for (const m of check.run()) {
        expect(withinRange(m), `${m.what} = ${m.actual} (expected ${m.min ?? '−∞'} … ${m.max ?? '∞'})`).toBe(true);
      }
    }, 30_000);
  }
});
