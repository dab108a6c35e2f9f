/**
 * The lesson slice: which guided lesson is open, where the student is in it
 * (predict → running → result), the committed prediction and its score, and
 * the progress kept in localStorage (lesson-progress.ts).
 *
 * Running a lesson loads its scenario through `applyScenario`, so the main
 * charts, timeline and panels show it, then waits for that scenario's
 * simulation and scores the committed prediction against it. "Continue
 * exploring" closes the lesson and leaves the scenario loaded and editable.
 */
import type { Lesson } from '../../core/lessons/lesson';
import { findLesson } from '../../core/lessons/index';
import { scoreChoice } from '../../core/lessons/score-choice';
import { scoreSketch } from '../../core/lessons/score-sketch';
import type { Scenario } from '../../core/scenario/types';
import type { SimulationResult } from '../../core/simulate';
import type { StoreApi } from 'zustand/vanilla';
import { readProgress, writeProgress, type CommittedPrediction } from '../lesson-progress';
import type { AppState, LessonOutcome, LessonSlice, SliceCreator, StoreDeps } from '../store-types';
import { defaultCursorDay } from './view-slice';

/** Resolves once the simulation of `target` has settled, or the scenario changed under it. */
function settledRun(api: StoreApi<AppState>, target: Scenario): Promise<'done' | 'failed' | 'changed'> {
  return new Promise((resolve) => {
    const check = (s: AppState): boolean => {
      if (s.scenario !== target) resolve('changed');
      else if (!s.running) resolve(s.runError === null && s.result !== null ? 'done' : 'failed');
      else return false;
      return true;
    };
    if (check(api.getState())) return;
    const stop = api.subscribe((s) => {
      if (check(s)) stop();
    });
  });
}

/** Scores a committed prediction against the lesson's main run (`result`, a run of `scenario`). */
export function scoreLesson(lesson: Lesson, prediction: CommittedPrediction, result: SimulationResult, scenario: Scenario = result.scenario): LessonOutcome {
  const { days, series } = result;
  const asked = lesson.prediction;
  const run = { lessonId: lesson.id, prediction, result, scenario };
  if (asked.kind === 'sketch' && prediction.kind === 'sketch') {
    const values = series[asked.output] ?? new Float64Array(days.length).fill(NaN);
    const verdict = scoreSketch(prediction.points, days, values, asked.window);
    return { ...run, score: verdict.score, sentence: verdict.sentence, correct: null };
  }
  if (asked.kind === 'choice' && prediction.kind === 'choice') {
    const verdict = scoreChoice(asked, prediction.optionId);
    return { ...run, score: verdict.correct ? 100 : 0, sentence: verdict.sentence, correct: verdict.correct };
  }
  return { ...run, score: 0, sentence: 'This prediction does not fit the lesson’s question; predict again.', correct: null };
}

export function createLessonSlice(deps: StoreDeps): SliceCreator<LessonSlice> {
  const now = deps.now ?? (() => new Date());
  return (set, get, api) => {
    const save = (id: string, prediction: CommittedPrediction, outcome: LessonOutcome | null): void => {
      const written = writeProgress(deps.storage, id, {
        status: outcome === null ? 'predicted' : 'done',
        prediction,
        ...(outcome === null ? {} : { score: outcome.score, sentence: outcome.sentence }),
        updatedAt: now().toISOString(),
      });
      if (!written.ok) get().notify('error', written.message);
      else {
        set({ lessonProgress: written.snapshot });
        if (written.note !== undefined) get().notify('info', written.note);
      }
    };
    return {
      lessonId: null,
      lessonPhase: 'predict',
      lessonPrediction: null,
      lessonOutcome: null,
      lessonProgress: readProgress(deps.storage),

      openLesson(id) {
        const lesson = findLesson(id);
        if (lesson === undefined) {
          get().notify('error', `There is no lesson “${id}”.`);
          return;
        }
        const saved = get().lessonProgress.lessons[id];
        set({ lessonId: id, lessonPhase: 'predict', lessonOutcome: null, lessonPrediction: saved?.status === 'predicted' ? saved.prediction : null });
      },

      commitPrediction(prediction) {
        const id = get().lessonId;
        if (id === null) return;
        set({ lessonPrediction: prediction });
        save(id, prediction, null);
      },

      async runLesson() {
        const { lessonId, lessonPrediction } = get();
        const lesson = lessonId === null ? undefined : findLesson(lessonId);
        if (lesson === undefined || lessonPrediction === null) return;
        set({ lessonPhase: 'running' });
        const ok = get().applyScenario(lesson.scenario, { presetId: null, message: `Lesson “${lesson.title}”: its scenario is loaded and running.` });
        if (!ok) {
          set({ lessonPhase: 'predict' });
          get().notify('error', 'The lesson’s scenario could not be loaded.');
          return;
        }
        get().setCursorDay(defaultCursorDay(lesson.scenario.days));
        get().focusSeries(lesson.focus);
        const loaded = get().scenario;
        const outcome = await settledRun(api, loaded);
        if (get().lessonId !== lesson.id) return;
        if (outcome !== 'done') {
          set({ lessonPhase: 'predict' });
          if (outcome === 'changed') get().notify('info', 'The scenario changed before the lesson’s run finished; press Run again.');
          return;
        }
        const result = get().result!;
        const scored = scoreLesson(lesson, lessonPrediction, result, loaded);
        set({ lessonPhase: 'result', lessonOutcome: scored });
        save(lesson.id, lessonPrediction, scored);
      },

      retryLesson() {
        set({ lessonPhase: 'predict', lessonOutcome: null, lessonPrediction: null });
      },

      leaveLesson() {
        set({ lessonId: null, lessonPhase: 'predict', lessonOutcome: null, lessonPrediction: null });
      },
    };
  };
}
