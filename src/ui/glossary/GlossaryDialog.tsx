/**
 * The glossary as a modal dialog (native <dialog>: focus stays inside, Escape
 * closes it): a search box and every term, or the matches. Opening it on a
 * term, or following a "see also" link, clears the search, scrolls to that
 * term and moves focus to it. Container.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { GLOSSARY } from '../../core/glossary/terms';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { searchGlossary } from './glossary-search';
import { entryId, GlossaryList } from './GlossaryList';
import './glossary.css';

export function GlossaryDialog() {
  const open = useAppStore((s) => s.glossaryOpen);
  const termId = useAppStore((s) => s.glossaryTermId);
  const store = useAppStoreApi();
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const titleId = useId();
  const searchId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);

  // A term asked for from outside (a link): show it.
  useEffect(() => {
    if (!open) return;
    setSelected(termId);
    setQuery('');
    setFocusTick((t) => t + 1);
  }, [open, termId]);

  // After the list shows the selected term: scroll to it and move focus there.
  useEffect(() => {
    if (selected === null || focusTick === 0) return;
    const heading = ref.current?.querySelector<HTMLElement>(`#${entryId(selected)} .glossary-term`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  }, [selected, focusTick]);

  const select = (id: string): void => {
    setQuery('');
    setSelected(id);
    setFocusTick((t) => t + 1);
  };
  const terms = searchGlossary(GLOSSARY, query);

  return (
    <dialog ref={ref} className="glossary-dialog" aria-labelledby={titleId} onClose={() => store.getState().closeGlossary()}>
      <div className="glossary-head">
        <h2 id={titleId}>Glossary</h2>
        <button type="button" onClick={() => store.getState().closeGlossary()}>Close</button>
      </div>
      <div className="field glossary-search">
        <label htmlFor={searchId}>Search the glossary</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <p className="hint" aria-live="polite">{query === '' ? `${GLOSSARY.length} terms` : `${terms.length} of ${GLOSSARY.length} terms match`}</p>
      </div>
      <div className="glossary-scroll">
        {open && <GlossaryList terms={terms} selectedId={selected} onSelect={select} />}
      </div>
    </dialog>
  );
}
