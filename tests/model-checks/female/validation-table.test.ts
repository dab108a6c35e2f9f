/** Rows F1–F17 of the female model brief, each against its source. */
import { describe, expect, it } from 'vitest';
import { FEMALE_VALIDATION_TABLE } from './validation-table';
import { FEMALE_AGENT_ROWS } from './agent-rows';
import { withinRange } from '../harness';

describe('female validation table (female model brief §6)', () => {
  for (const check of [...FEMALE_VALIDATION_TABLE, ...FEMALE_AGENT_ROWS]) {
    it(`${check.id}: ${check.title} — ${check.source}`, () => {
      for (const m of check.run()) {
        expect(withinRange(m), `${m.what} = ${m.actual} (expected ${m.min ?? '−∞'} … ${m.max ?? '∞'})`).toBe(true);
      }
    }, 30_000);
  }
});
