/**
 * The researcher panel's frame in the page: a heading and a button that opens
 * it. The panel itself (parameters, steady state, sensitivity, uncertainty)
 * is a separate chunk, loaded the first time it is opened. Container.
 */
import { lazy, Suspense } from 'react';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';

const ResearchPanel = lazy(() => import('./ResearchPanel').then((m) => ({ default: m.ResearchPanel })));

export function ResearchSection() {
  const open = useAppStore((s) => s.researchOpen);
  const store = useAppStoreApi();
  return (
    <section className="panel research-section" aria-labelledby="research-heading">
      <div className="research-head">
        <h2 id="research-heading">Researcher panel</h2>
        <button type="button" aria-expanded={open} aria-controls="research-body" onClick={() => store.getState().setResearchOpen(!open)}>
          {open ? 'Close researcher panel' : 'Open researcher panel'}
        </button>
      </div>
      {!open && <p className="hint">Parameters, the steady state and its stability, sensitivity and uncertainty of the current scenario.</p>}
      <div id="research-body" hidden={!open}>
        {open && (
          <Suspense fallback={<p role="status">Loading the researcher panel…</p>}>
            <ResearchPanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}
