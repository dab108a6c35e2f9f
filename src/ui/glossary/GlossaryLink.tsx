/**
 * An inline link to a glossary term: a button (it opens a dialog, it does not
 * navigate) showing the term, or `children`. Container: it opens the glossary
 * through the store. An unknown id renders the text alone.
 */
import type { ReactNode } from 'react';
import { findTerm } from '../../core/glossary/terms';
import { useAppStoreApi } from '../../state/use-app-store';

export function GlossaryLink({ termId, children }: { readonly termId: string; readonly children?: ReactNode }) {
  const store = useAppStoreApi();
  const term = findTerm(termId);
  if (term === undefined) return <>{children}</>;
  return (
    <button type="button" className="glossary-link" aria-haspopup="dialog" onClick={() => store.getState().openGlossary(termId)}>
      {children ?? term.term}
      <span className="visually-hidden"> (glossary)</span>
    </button>
  );
}

/** A row of glossary links, e.g. a lesson's key terms or a panel's. */
export function GlossaryTerms({ ids, label = 'Terms' }: { readonly ids: readonly string[]; readonly label?: string }) {
  return (
    <p className="glossary-terms">
      <span className="glossary-terms-label">{label}:</span>{' '}
      {ids.map((id, k) => (
        <span key={id}>
          {k > 0 && ' · '}
          <GlossaryLink termId={id} />
        </span>
      ))}
    </p>
  );
}
