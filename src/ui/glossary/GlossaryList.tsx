/** The glossary's entries: term, other names, definition and "see also" links between terms. Props in. */
import type { GlossaryTerm } from '../../core/glossary/terms';
import { findTerm } from '../../core/glossary/terms';

export interface GlossaryListProps {
  readonly terms: readonly GlossaryTerm[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The DOM id of a term's entry. */
export const entryId = (id: string): string => `glossary-${id}`;

export function GlossaryList({ terms, selectedId, onSelect }: GlossaryListProps) {
  if (terms.length === 0) return <p className="muted">No term matches. Try a shorter word.</p>;
  return (
    <dl className="glossary-list">
      {terms.map((t) => (
        <div key={t.id} id={entryId(t.id)} className={t.id === selectedId ? 'glossary-entry is-selected' : 'glossary-entry'}>
          <dt>
            <h3 tabIndex={-1} className="glossary-term">{t.term}</h3>
            {t.aka !== undefined && <span className="glossary-aka">also {t.aka.join(', ')}</span>}
          </dt>
          <dd>
            <p>{t.definition}</p>
            {t.see.length > 0 && (
              <p className="glossary-see">
                See also:{' '}
                {t.see.map((id, k) => (
                  <span key={id}>
                    {k > 0 && ', '}
                    <button type="button" className="link-button" onClick={() => onSelect(id)}>{findTerm(id)?.term ?? id}</button>
                  </span>
                ))}
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
