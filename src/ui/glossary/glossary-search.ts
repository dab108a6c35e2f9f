/** Glossary search: terms whose name, other names or definition contain every word of the query; name matches first. */
import type { GlossaryTerm } from '../../core/glossary/terms';

const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

export function searchGlossary(terms: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...terms];
  const names = (t: GlossaryTerm): string => fold([t.term, ...(t.aka ?? [])].join(' '));
  const matches = terms.filter((t) => {
    const text = `${names(t)} ${fold(t.definition)}`;
    return words.every((w) => text.includes(w));
  });
  const byName = (t: GlossaryTerm): number => (words.every((w) => names(t).includes(w)) ? 0 : 1);
  return matches.sort((a, b) => byName(a) - byName(b));
}
