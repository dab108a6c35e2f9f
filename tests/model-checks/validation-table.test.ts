/** Rows V1–V12 of the model brief's validation table, each against its source. */
import { describe, expect, it } from 'vitest';
import { VALIDATION_TABLE } from './validation-table';
import { withinRange } from './harness';

describe('validation table (model brief §4)', () => {
  for (const check of VALIDATION_TABLE) {
    it(`${check.id}: ${check.title} — ${check.source}`, () => {
      for (const m of check.run()) {
        expect(withinRange(m), `${m.what} = ${m.actual} (expected ${m.min ?? '−∞'} … ${m.max ?? '∞'})`).toBe(true);
      }
    });
  }
});
