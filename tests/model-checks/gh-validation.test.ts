/** Rows G1–G16 of the somatotropic axis (gh-igf1), each against its source. */
import { describe, expect, it } from 'vitest';
import { GH_VALIDATION_ROWS } from './gh-validation';
import { withinRange } from './harness';

describe('somatotropic axis validation (G1–G16)', () => {
  for (const check of GH_VALIDATION_ROWS) {
    it(`${check.id}: ${check.title} — ${check.source}`, () => {
      for (const m of check.run()) {
        expect(withinRange(m), `${m.what} = ${m.actual} (expected ${m.min ?? '−∞'} … ${m.max ?? '∞'})`).toBe(true);
      }
    });
  }
});
