/**
 * The Gonadostat page: a control area (presets, subject, agents) beside a play
 * area (charts first, so a 720 px projector shows them without scrolling; then
 * the timeline, the loop diagram, the lab panel, metrics, share and export),
 * with one Reset All. Layout only: each panel reads the store itself. Each view
 * sits in a ViewBoundary, so one that fails shows a message, not a blank page.
 */
import { useAppStore, useAppStoreApi } from '../state/use-app-store';
import { ChartsPanel } from './charts/ChartsPanel';
import { AgentPanel } from './controls/AgentPanel';
import { PresetPanel } from './controls/PresetPanel';
import { SubjectPanel } from './controls/SubjectPanel';
import { LoopDiagramPanel } from './diagram/LoopDiagramPanel';
import { LabPanel } from './panels/LabPanel';
import { MetricsPanel } from './panels/MetricsPanel';
import { ScenarioHeader } from './ScenarioHeader';
import { FilesPanel } from './share/FilesPanel';
import { SavesPanel } from './share/SavesPanel';
import { ShareLink } from './share/ShareLink';
import { StatusRegion } from './StatusRegion';
import { TeachingBanner, TeachingNotice } from './TeachingNotice';
import { Timeline } from './timeline/Timeline';
import { ClassroomControls } from './classroom/ClassroomControls';
import { ClassroomEffects } from './classroom/ClassroomEffects';
import { ResearchSection } from './research/ResearchSection';
import { GlossaryButton } from './glossary/GlossaryButton';
import { GlossaryDialog } from './glossary/GlossaryDialog';
import { LessonsPanel } from './lessons/LessonsPanel';
import { LessonView } from './lessons/LessonView';
import { WhyPanel } from './why/WhyPanel';
import { ViewBoundary } from './ViewBoundary';

export function App() {
  const noticeOpen = useAppStore((s) => s.noticeOpen);
  const store = useAppStoreApi();
  return (
    <>
      <a className="skip-link" href="#play-area">
        Skip to the charts
      </a>
      <header className="site-header">
        <div>
          <h1>Gonadostat</h1>
          <p className="tagline">A simulator of the male hypothalamic–pituitary–gonadal axis</p>
        </div>
        <div className="header-actions">
          <ClassroomControls />
          <GlossaryButton />
          <button type="button" className="reset-all" onClick={() => store.getState().resetAll()}>
            Reset all
          </button>
        </div>
      </header>
      {noticeOpen && <TeachingBanner onDismiss={() => store.getState().dismissNotice()} />}
      <div className="layout">
        <aside className="control-area" aria-label="Controls">
          <ViewBoundary view="lessons"><LessonsPanel /></ViewBoundary>
          <ViewBoundary view="controls">
            <PresetPanel />
            <SubjectPanel />
            <AgentPanel />
          </ViewBoundary>
        </aside>
        <main id="play-area" className="play-area" tabIndex={-1}>
          <ScenarioHeader />
          <StatusRegion />
          <ViewBoundary view="lesson"><LessonView /></ViewBoundary>
          <ViewBoundary view="charts"><ChartsPanel /></ViewBoundary>
          <ViewBoundary view="timeline"><Timeline /></ViewBoundary>
          <div className="two-up">
            <ViewBoundary view="loop diagram"><LoopDiagramPanel /></ViewBoundary>
            <ViewBoundary view="lab panel"><LabPanel /></ViewBoundary>
          </div>
          <ViewBoundary view="“why” view"><WhyPanel /></ViewBoundary>
          <ViewBoundary view="metrics"><MetricsPanel /></ViewBoundary>
          <ViewBoundary view="researcher panel"><ResearchSection /></ViewBoundary>
          <ViewBoundary view="share, save and export panel">
            <section className="panel share-panel" aria-labelledby="share-heading">
              <h2 id="share-heading">Share, save and export</h2>
              <ShareLink />
              <SavesPanel />
              <FilesPanel />
            </section>
          </ViewBoundary>
        </main>
      </div>
      <footer className="site-footer">
        <TeachingNotice />
        <p className="hint">
          Gonadostat models the axis qualitatively: it shows directions, rough sizes and time scales of the published observations, not lab values.
        </p>
      </footer>
      <ViewBoundary view="glossary"><GlossaryDialog /></ViewBoundary>
      <ClassroomEffects />
    </>
  );
}
