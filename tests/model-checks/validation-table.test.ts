/** Every row of the validation table (V1–V42), each against its source. */
import { describe, expect, it } from 'vitest';
import { VALIDATION_TABLE } from './validation-table';
import { withinRange } from './harness';

describe('validation table', () => {
  for (const check of VALIDATION_TABLE) {
    it(`${check.id}: ${check.title} — ${check.source}`, () => {
      for (const m of check.run()) {
        expect(withinRange(m), `${m.what} = ${m.actual} (expected ${m.min ?? '−∞'} … ${m.max ?? '∞'})`).toBe(true);
      }
    });
  }
});
