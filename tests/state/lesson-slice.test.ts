/** The lesson slice over a real store: predict → run → scored, progress stored; a corrupt store is reported. */
import { describe, expect, it } from 'vitest';
import { findLesson } from '../../src/core/lessons/index';
import { LESSONS_KEY, readProgress } from '../../src/state/lesson-progress';
import { MemoryStorage, readyStore } from './helpers';

describe('lesson slice', () => {
  it('scores a committed choice against the lesson run and keeps the progress', async () => {
    const storage = new MemoryStorage();
    const store = await readyStore({ storage });
    const lesson = findLesson('castration-fsh-inhibin')!;
    const correct = lesson.prediction.kind === 'choice' ? lesson.prediction.correct : '';
    store.getState().openLesson(lesson.id);
    await store.getState().runLesson();
    expect(store.getState().lessonPhase).toBe('predict'); // nothing committed: no run
    store.getState().commitPrediction({ kind: 'choice', optionId: correct });
    expect(readProgress(storage).lessons[lesson.id]?.status).toBe('predicted');
    await store.getState().runLesson();
    const state = store.getState();
    expect(state.lessonPhase).toBe('result');
    expect(state.lessonOutcome).toMatchObject({ lessonId: lesson.id, score: 100, correct: true });
    expect(state.scenario.name).toBe(lesson.scenario.name);
    expect(readProgress(storage).lessons[lesson.id]).toMatchObject({ status: 'done', score: 100 });
    state.leaveLesson();
    expect(store.getState().lessonId).toBeNull();
    expect(store.getState().scenario.name).toBe(lesson.scenario.name);
  });

  it('scores a sketch with scoreSketch', async () => {
    const store = await readyStore();
    store.getState().openLesson('trt-shutdown');
    store.getState().commitPrediction({ kind: 'sketch', points: [{ day: 0, value: 1 }, { day: 7, value: 0.1 }, { day: 56, value: 0.05 }] });
    await store.getState().runLesson();
    const outcome = store.getState().lessonOutcome!;
    expect(outcome.score).toBeGreaterThan(60);
    expect(outcome.sentence).toMatch(/score \d+/);
  });

  it('reports a storage failure in the status line and still shows the score', async () => {
    const storage = new MemoryStorage();
    const store = await readyStore({ storage });
    store.getState().openLesson('castration-fsh-inhibin');
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    store.getState().commitPrediction({ kind: 'choice', optionId: 'lh' });
    expect(store.getState().status).toMatchObject({ kind: 'error', text: expect.stringContaining('Progress not kept') });
    await store.getState().runLesson();
    expect(store.getState().lessonPhase).toBe('result');
    expect(storage.getItem(LESSONS_KEY)).toBeNull();
  });
});
