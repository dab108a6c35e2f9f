/**
 * The Gonadostat page: a control area (presets, subject, agents) beside a play
 * area (charts first, so a 720 px projector shows them without scrolling; then
 * the timeline, the loop diagram, the lab panel, metrics, share and export),
 * with one Reset All. Layout only: each panel reads the store itself.
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
          <LessonsPanel />
          <PresetPanel />
          <SubjectPanel />
          <AgentPanel />
        </aside>
        <main id="play-area" className="play-area" tabIndex={-1}>
          <ScenarioHeader />
          <StatusRegion />
          <LessonView />
          <ChartsPanel />
          <Timeline />
          <div className="two-up">
            <LoopDiagramPanel />
            <LabPanel />
          </div>
          <WhyPanel />
          <MetricsPanel />
          <ResearchSection />
          <section className="panel share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">Share, save and export</h2>
            <ShareLink />
            <SavesPanel />
            <FilesPanel />
          </section>
        </main>
      </div>
      <footer className="site-footer">
        <TeachingNotice />
        <p className="hint">
          Gonadostat models the axis qualitatively: it shows directions, rough sizes and time scales of the published observations, not lab values.
        </p>
      </footer>
      <GlossaryDialog />
      <ClassroomEffects />
    </>
  );
}
