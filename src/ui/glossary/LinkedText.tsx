/**
 * Text with its technical words linked to the glossary: the first use of
 * each term (src/core/glossary/jargon.ts) becomes a glossary link, the rest
 * stays plain text. Container (the links open the glossary through the store).
 */
import { Fragment, type ReactNode } from 'react';
import { findJargon } from '../../core/glossary/jargon';
import { GlossaryLink } from './GlossaryLink';

/** Terms never linked (they appear everywhere, so a link would be noise). */
const PLAIN = new Set(['baseline']);

export function LinkedText({ text }: { readonly text: string }) {
  const parts: ReactNode[] = [];
  const linked = new Set<string>();
  let at = 0;
  for (const match of findJargon(text)) {
    if (linked.has(match.termId) || PLAIN.has(match.termId)) continue;
    linked.add(match.termId);
    parts.push(text.slice(at, match.index));
    parts.push(<GlossaryLink key={match.index} termId={match.termId}>{match.text}</GlossaryLink>);
    at = match.index + match.text.length;
  }
  parts.push(text.slice(at));
  return <>{parts.map((p, k) => <Fragment key={k}>{p}</Fragment>)}</>;
}
