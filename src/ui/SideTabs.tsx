/**
 * Secondary material beside the play area, one tab at a time: the lab panel
 * (open by default), why (which feedback does the work), recovery metrics,
 * share and export, and the researcher panel. ARIA tabs: arrow keys, Home
 * and End move between tabs; only the open tab's panel is rendered, so the
 * others cost nothing (the why view computes only while it is open).
 * Presentation mode drops share and researcher. The Share tab carries a mark
 * (and a description for screen readers) while saves in this browser could not
 * be read, so they are not missed behind a closed tab. Container.
 */
import { lazy, Suspense, useRef, type KeyboardEvent } from 'react';
import type { SideTab } from '../state/store-types';
import { useAppStore, useAppStoreApi } from '../state/use-app-store';
import { LabPanel } from './panels/LabPanel';
import { MetricsPanel } from './panels/MetricsPanel';
import { FilesPanel } from './share/FilesPanel';
import { SavesPanel } from './share/SavesPanel';
import { ShareLink } from './share/ShareLink';
import { WhyPanel } from './why/WhyPanel';
import { ViewBoundary } from './ViewBoundary';

const ResearchPanel = lazy(() => import('./research/ResearchPanel').then((m) => ({ default: m.ResearchPanel })));

const TABS: readonly { readonly id: SideTab; readonly label: string; readonly classroom: boolean }[] = [
  { id: 'lab', label: 'Lab', classroom: true },
  { id: 'why', label: 'Why', classroom: true },
  { id: 'recovery', label: 'Recovery', classroom: true },
  { id: 'share', label: 'Share', classroom: false },
  { id: 'research', label: 'Research', classroom: false },
];

function TabContent({ tab }: { readonly tab: SideTab }) {
  switch (tab) {
    case 'lab':
      return <ViewBoundary view="lab panel"><LabPanel /></ViewBoundary>;
    case 'why':
      return <ViewBoundary view="“why” view"><WhyPanel /></ViewBoundary>;
    case 'recovery':
      return <ViewBoundary view="recovery metrics"><MetricsPanel /></ViewBoundary>;
    case 'share':
      return (
        <section className="share-panel" aria-labelledby="share-heading">
          <h2 id="share-heading">Share, save and export</h2>
          <ViewBoundary view="share, save and export panel">
            <ShareLink />
            <SavesPanel />
            <FilesPanel />
          </ViewBoundary>
        </section>
      );
    case 'research':
      return (
        <section className="research-section" aria-labelledby="research-heading">
          <h2 id="research-heading">Researcher panel</h2>
          <ViewBoundary view="researcher panel">
            <Suspense fallback={<p role="status">Loading the researcher panel…</p>}>
              <ResearchPanel />
            </Suspense>
          </ViewBoundary>
        </section>
      );
  }
}

export function SideTabs() {
  const open = useAppStore((s) => s.sideTab);
  const presentation = useAppStore((s) => s.presentation);
  const unreadable = useAppStore((s) => s.saves.unreadable.length);
  const unreadableNote = unreadable === 1 ? '1 save in this browser could not be read' : `${unreadable} saves in this browser could not be read`;
  const store = useAppStoreApi();
  const tabs = TABS.filter((t) => t.classroom || !presentation);
  const active = tabs.some((t) => t.id === open) ? open : 'lab';
  const refs = useRef(new Map<SideTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const k = tabs.findIndex((t) => t.id === active);
    const to = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!.id;
    store.getState().setSideTab(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="side-tabs" data-tab={active}>
      <div className="tab-list" role="tablist" aria-label="More about this run">
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el === null) refs.current.delete(t.id);
              else refs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => store.getState().setSideTab(t.id)}
            onKeyDown={onKeyDown}
            aria-describedby={t.id === 'share' && unreadable > 0 ? 'share-tab-note' : undefined}
          >
            {t.label}
            {t.id === 'share' && unreadable > 0 && (
              <span className="tab-flag" aria-hidden="true" title={unreadableNote}>
                !
              </span>
            )}
          </button>
        ))}
      </div>
      {unreadable > 0 && (
        <span id="share-tab-note" className="visually-hidden">
          {unreadableNote}
        </span>
      )}
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`tabpanel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== active} className="tab-panel" tabIndex={0}>
          {t.id === active && <TabContent tab={t.id} />}
        </div>
      ))}
    </div>
  );
}
