/** Glossary search: every word must match; matches in the name come before matches in the definition. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/core/glossary/terms';
import { searchGlossary } from '../../../src/ui/glossary/glossary-search';

describe('searchGlossary', () => {
  it('returns every term for an empty query', () => {
    expect(searchGlossary(GLOSSARY, '  ')).toHaveLength(GLOSSARY.length);
  });
  it('finds a term by name, other name and definition, names first', () => {
    expect(searchGlossary(GLOSSARY, 'ITT').map((t) => t.id)).toContain('intratesticular-testosterone');
    const aromatase = searchGlossary(GLOSSARY, 'aromatase').map((t) => t.id);
    expect(aromatase.slice(0, 2)).toEqual(['aromatase', 'aromatase-inhibitor']);
    expect(aromatase).toContain('anastrozole');
    expect(searchGlossary(GLOSSARY, 'leydig months')[0]!.id).toBe('leydig-cells');
    expect(searchGlossary(GLOSSARY, 'zzzz')).toEqual([]);
  });
  it('every "see" reference names a term', () => {
    const ids = new Set(GLOSSARY.map((t) => t.id));
    for (const t of GLOSSARY) for (const id of t.see) expect(ids.has(id), `${t.id} → ${id}`).toBe(true);
  });
});
