/** The glossary (src/core/glossary/terms.ts): unique ids, resolving links, and every lesson's terms defined. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, findTerm } from '../../../src/core/glossary/terms';
import { LESSONS } from '../../../src/core/lessons';

describe('glossary', () => {
  it('has unique ids and terms', () => {
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((t) => t.term.toLowerCase())).size).toBe(GLOSSARY.length);
  });

  it('resolves every `see` link, never to itself', () => {
    for (const t of GLOSSARY) {
      for (const id of t.see) {
        expect(findTerm(id), `${t.id} → ${id}`).toBeDefined();
        expect(id).not.toBe(t.id);
      }
    }
  });

  it('keeps definitions to one to three sentences, in alphabetical order', () => {
    for (const t of GLOSSARY) {
      const sentences = t.definition.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, t.id).toBeGreaterThanOrEqual(1);
      expect(sentences, t.id).toBeLessThanOrEqual(3);
    }
    const names = GLOSSARY.map((t) => t.term.toLowerCase());
    expect([...names].sort()).toEqual(names);
  });

  it('defines the terms the brief lists and every term a lesson links to', () => {
    for (const id of ['gnrh', 'lh', 'fsh', 'testosterone', 'estradiol', 'serm', 'aromatase', 'aromatase-inhibitor', 'inhibin-b', 'intratesticular-testosterone', 'leydig-cells', 'sertoli-cells', 'spermatogenesis', 'desensitization', 'down-regulation', 'negative-feedback', 'pulsatility', 'flare', 'castration', 'hcg', 'hypogonadism-primary', 'hypogonadism-secondary', 'half-life', 'steady-state', 'baseline']) {
      expect(findTerm(id), id).toBeDefined();
    }
    for (const lesson of LESSONS) for (const id of lesson.terms) expect(findTerm(id), `${lesson.id} → ${id}`).toBeDefined();
  });
});
