/**
 * The Gonadostat page, laid out like a PhET simulation: the control area on
 * the left (lessons, presets, subject, agents) and the play area beside it:
 * what is plotted, the charts with the timeline on their x scale, and beside
 * them the loop diagram over tabs of secondary material (lab panel first).
 * On a screen of 1100 × 640 px or more all of it fits one screen (each column
 * scrolls on its own); on a phone the charts come first, the controls below.
 * While a lesson waits for a prediction the play area shows the lesson and no
 * result. Presentation mode drops the control area and puts the preset picker
 * in the header; embeds show the charts and the diagram only. A new version's reload
 * prompt is a row of the header, so on one screen it takes its height from the charts
 * instead of covering the cursor and the timeline. Layout only: each panel
 * reads the store itself. Each view sits in a ViewBoundary, so one that fails shows a
 * message and a reload button, not a blank page.
 */
import { useAppStore, useAppStoreApi } from '../state/use-app-store';
import { ChartsPanel } from './charts/ChartsPanel';
import { AgentPanel } from './controls/AgentPanel';
import { PresetPanel } from './controls/PresetPanel';
import { SubjectPanel } from './controls/SubjectPanel';
import { LoopDiagramPanel } from './diagram/LoopDiagramPanel';
import { PresetSwitcher } from './PresetSwitcher';
import { ScenarioHeader } from './ScenarioHeader';
import { SideTabs } from './SideTabs';
import { StatusRegion } from './StatusRegion';
import { TeachingNotice, TeachingNoticeLine } from './TeachingNotice';
import { UpdatePrompt } from './UpdatePrompt';
import { ClassroomControls } from './classroom/ClassroomControls';
import { ClassroomEffects } from './classroom/ClassroomEffects';
import { GlossaryButton } from './glossary/GlossaryButton';
import { GlossaryDialog } from './glossary/GlossaryDialog';
import { LessonsPanel } from './lessons/LessonsPanel';
import { LessonView } from './lessons/LessonView';
import { ViewBoundary } from './ViewBoundary';

export function App() {
  const store = useAppStoreApi();
  const embed = useAppStore((s) => s.embed);
  const presentation = useAppStore((s) => s.presentation);
  const sideTab = useAppStore((s) => s.sideTab);
  const lesson = useAppStore((s) => (s.lessonId === null ? 'none' : s.lessonPhase === 'result' ? 'result' : 'waiting'));
  const waiting = lesson === 'waiting';
  return (
    <>
      <div className="app-shell">
        {!embed && (
          <a className="skip-link" href="#play-area">
            Skip to the charts
          </a>
        )}
        <header className="site-header">
          <div className="header-row">
            <div className="site-title">
              <h1>Gonadostat</h1>
              <p className="tagline">A simulator of the hypothalamic–pituitary–gonadal axis</p>
            </div>
            {presentation && <PresetSwitcher />}
            <div className="header-actions">
              <ClassroomControls />
              {!embed && <GlossaryButton />}
              {!embed && (
                <button type="button" className="reset-all" onClick={() => store.getState().resetAll()}>
                  Reset all
                </button>
              )}
            </div>
          </div>
          <TeachingNoticeLine />
          <UpdatePrompt />
        </header>
        <div className="layout" data-side-tab={sideTab} data-lesson={lesson === 'none' ? undefined : lesson}>
          {!embed && !presentation && (
            <aside className="control-area" aria-label="Controls">
              <ViewBoundary view="lessons"><LessonsPanel /></ViewBoundary>
              <ViewBoundary view="controls">
                <PresetPanel />
                <SubjectPanel />
                <AgentPanel />
              </ViewBoundary>
            </aside>
          )}
          <main id="play-area" className="play-area" tabIndex={-1}>
            {!waiting && <ScenarioHeader />}
            <StatusRegion />
            <div className="play-main">
              <ViewBoundary view="lesson"><LessonView /></ViewBoundary>
              {!waiting && <ViewBoundary view="charts"><ChartsPanel /></ViewBoundary>}
            </div>
            <div className="play-side">
              <ViewBoundary view="loop diagram"><LoopDiagramPanel levelsHidden={waiting} /></ViewBoundary>
              {waiting && (
                <p className="panel lesson-waiting-note">
                  The lab panel and the loop’s levels appear once you have run the lesson.
                </p>
              )}
              {!waiting && !embed && <ViewBoundary view="side panels"><SideTabs /></ViewBoundary>}
            </div>
          </main>
        </div>
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
