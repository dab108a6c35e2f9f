import { describe, expect, it } from 'vitest';
import { OUTSIDE_AXES } from '../../../src/core/agents/outside-axes';
import { AGENT_IDS } from '../../../src/core/model/ids';

describe('substances outside the axes', () => {
  it('names PT-141 and pentadeca arginate, each with what it is, why there is no curve, the evidence and sources', () => {
    expect(OUTSIDE_AXES.map((s) => s.id)).toEqual(['pt-141', 'pentadeca-arginate']);
    for (const s of OUTSIDE_AXES) {
      for (const text of [s.name, s.otherNames, s.whatItIs, s.whyNoCurve, s.evidence]) expect(text.trim().length).toBeGreaterThan(0);
      expect(s.sources.length).toBeGreaterThan(0);
      // Author–year citations, as everywhere in the project.
      for (const source of s.sources) expect(source).toMatch(/\b(19|20)\d\d\b/);
    }
  });

  it('are not agents any model can run', () => {
    for (const s of OUTSIDE_AXES) expect((AGENT_IDS as readonly string[]).includes(s.id)).toBe(false);
  });
});
