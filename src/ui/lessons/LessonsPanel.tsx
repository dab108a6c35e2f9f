/**
 * The lessons entry in the control area: every guided lesson with the
 * student's progress (not started, predicted, done with its score), kept in
 * this browser. Opening one shows it above the charts. A problem reading the
 * stored progress is reported in the status region. Container.
 */
import { useEffect, useId } from 'react';
import { LESSONS } from '../../core/lessons/index';
import type { LessonProgress } from '../../state/lesson-progress';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import './lessons.css';

function progressText(p: LessonProgress | undefined): string {
  if (p === undefined) return 'Not started';
  if (p.status === 'predicted') return 'Predicted, not run yet';
  return `Done · score ${p.score ?? 0}`;
}

export function LessonsPanel() {
  const progress = useAppStore((s) => s.lessonProgress);
  const openId = useAppStore((s) => s.lessonId);
  const store = useAppStoreApi();
  const headingId = useId();
  const done = LESSONS.filter((l) => progress.lessons[l.id]?.status === 'done').length;

  useEffect(() => {
    if (progress.problem !== null) store.getState().notify('error', `Lesson progress: ${progress.problem}.`);
  }, [progress.problem, store]);

  return (
    <section className="panel lessons-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Lessons</h2>
      <details className="lesson-picker">
        <summary>Guided lessons: predict, run, explain ({done} of {LESSONS.length} done)</summary>
        <ol className="lesson-list">
          {LESSONS.map((lesson) => {
            const status = progress.lessons[lesson.id];
            return (
              <li key={lesson.id} className={status?.status === 'done' ? 'is-done' : undefined}>
                <button type="button" className="lesson-open" aria-current={openId === lesson.id ? 'true' : undefined} onClick={() => store.getState().openLesson(lesson.id)}>
                  <span className="lesson-open-title">{lesson.title}</span>
                  <span className="lesson-open-status">{progressText(status)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
