/**
 * The open lesson, above the charts: the question, then predict → run →
 * result. Container: reads the lesson state and calls the lesson actions;
 * "Continue exploring" closes the lesson and leaves its scenario loaded (with
 * one of the lesson's comparison runs, if chosen, and the lesson's run pinned).
 */
import { useEffect, useId, useRef } from 'react';
import { findLesson, LESSONS } from '../../core/lessons/index';
import { lessonRuns } from '../../core/lessons/check-expectation';
import { MAIN_RUN } from '../../core/lessons/lesson';
import { getModel } from '../../core/model/registry';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { styleFor } from '../palette';
import { LinkedText } from '../glossary/LinkedText';
import { LessonPrediction } from './LessonPrediction';
import { LessonResult } from './LessonResult';
import './lessons.css';

export function LessonView() {
  const lessonId = useAppStore((s) => s.lessonId);
  const phase = useAppStore((s) => s.lessonPhase);
  const committed = useAppStore((s) => s.lessonPrediction);
  const outcome = useAppStore((s) => s.lessonOutcome);
  const previous = useAppStore((s) => (s.lessonId === null ? undefined : s.lessonProgress.lessons[s.lessonId]));
  const showingLessonRun = useAppStore((s) => s.lessonOutcome !== null && s.scenario === s.lessonOutcome.scenario);
  const store = useAppStoreApi();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const wasCommitted = useRef(committed !== null);
  const titleId = useId();
  const lesson = lessonId === null ? undefined : findLesson(lessonId);

  useEffect(() => {
    // Into view within its own column: on one screen the page itself never scrolls.
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lessonId]);

  // Keep keyboard focus on the next step: Run once a prediction is committed, the verdict once it is scored.
  useEffect(() => {
    if (committed !== null && !wasCommitted.current) runRef.current?.focus();
    wasCommitted.current = committed !== null;
  }, [committed]);
  useEffect(() => {
    if (phase !== 'result') return;
    resultRef.current?.focus({ preventScroll: true });
    resultRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [phase]);

  if (lesson === undefined) return null;
  const outputs = getModel(lesson.scenario.model).outputs;
  const output = outputs.find((o) => o.id === lesson.output);
  const outputLabel = output?.label ?? lesson.output;
  const actions = store.getState();
  const explore = (runId: string): void => {
    const run = lessonRuns(lesson).find((r) => r.id === runId);
    actions.leaveLesson();
    if (run === undefined || runId === MAIN_RUN) return;
    actions.pin();
    actions.applyScenario(run.scenario, { presetId: null, message: `Pinned the lesson’s run and loaded “${run.label}” beside it.` });
  };
  const number = LESSONS.indexOf(lesson) + 1;

  return (
    <section className="panel lesson-view" aria-labelledby={titleId} data-lesson={lesson.id}>
      <div className="lesson-head">
        <p className="lesson-kicker">Lesson {number} of {LESSONS.length}</p>
        <button type="button" onClick={() => actions.leaveLesson()}>Close lesson</button>
      </div>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>{lesson.title}</h2>
      <p className="lesson-question"><LinkedText text={lesson.question} /></p>
      {phase !== 'result' && (
        <p className="hint">The charts, the lab panel and the loop’s levels are hidden until you run the lesson, so they cannot give the answer away.</p>
      )}
      {previous?.status === 'done' && phase === 'predict' && (
        <p className="hint">Last time you scored {previous.score ?? 0} / 100. Predict again, then run.</p>
      )}

      <h3>1. Predict</h3>
      <LessonPrediction key={`${lesson.id}-${committed === null ? 'draft' : 'committed'}`} lesson={lesson} outputLabel={outputLabel} committed={committed} onCommit={actions.commitPrediction} />

      <h3>2. Run</h3>
      {phase !== 'result' ? (
        <div className="button-row">
          <button ref={runRef} type="button" className="primary-button" disabled={committed === null || phase === 'running'} onClick={() => void actions.runLesson()}>
            {phase === 'running' ? 'Running…' : 'Run the lesson'}
          </button>
          <span className="hint">{committed === null ? 'Commit a prediction first: you see the result only after predicting.' : 'Loads the lesson’s scenario into the simulator and scores your prediction.'}</span>
        </div>
      ) : (
        <p className="hint" data-testid="lesson-run-note">
          {showingLessonRun
            ? 'The lesson’s scenario is loaded: the charts below show it.'
            : 'The charts below show a changed scenario now; the result above is from the lesson’s own run.'}
        </p>
      )}

      {phase === 'result' && outcome !== null && outcome.lessonId === lesson.id && (
        <div ref={resultRef} tabIndex={-1} className="lesson-result-step" role="group" aria-label="Result">
          <h3>3. Compare and explain</h3>
          <LessonResult lesson={lesson} outcome={outcome} outputLabel={outputLabel} outputStyle={styleFor(lesson.output)} />
          <div className="button-row">
            <button type="button" className="primary-button" onClick={() => explore(MAIN_RUN)}>Continue exploring</button>
            {(lesson.compare ?? []).map((run) => (
              <button key={run.id} type="button" onClick={() => explore(run.id)}>Explore: {run.label}</button>
            ))}
            <button type="button" onClick={() => actions.retryLesson()}>Try again</button>
          </div>
        </div>
      )}
    </section>
  );
}
