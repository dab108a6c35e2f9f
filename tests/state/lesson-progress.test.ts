/** Lesson progress in localStorage: round trip, corrupted storage reported and backed up, a full store reported. */
import { describe, expect, it } from 'vitest';
import { LESSONS_BACKUP_KEY, LESSONS_KEY, readProgress, writeProgress, type LessonProgress } from '../../src/state/lesson-progress';
import { MemoryStorage } from './helpers';

const done: LessonProgress = {
  status: 'done',
  prediction: { kind: 'sketch', points: [{ day: 0, value: 1 }, { day: 10, value: 0.25 }] },
  score: 72,
  sentence: 'Partly right (score 72).',
  updatedAt: '2026-01-02T03:04:05.000Z',
};

describe('lesson progress', () => {
  it('round-trips a prediction and a score', () => {
    const storage = new MemoryStorage();
    const written = writeProgress(storage, 'trt-shutdown', done);
    expect(written.ok).toBe(true);
    const choice: LessonProgress = { status: 'predicted', prediction: { kind: 'choice', optionId: 'hcg' }, updatedAt: done.updatedAt };
    expect(writeProgress(storage, 'restart-protocols', choice).ok).toBe(true);
    const back = readProgress(storage);
    expect(back.problem).toBeNull();
    expect(back.lessons['trt-shutdown']).toEqual(done);
    expect(back.lessons['restart-protocols']).toEqual(choice);
  });

  it('reports corrupted storage, and backs it up before the next write replaces it', () => {
    const storage = new MemoryStorage();
    storage.setItem(LESSONS_KEY, '{"format":"gonadostat-lessons/1","lessons":');
    expect(readProgress(storage)).toEqual({ lessons: {}, problem: expect.stringContaining('corrupted') });
    const written = writeProgress(storage, 'trt-shutdown', done);
    expect(written.ok && written.note).toContain(LESSONS_BACKUP_KEY);
    expect(storage.getItem(LESSONS_BACKUP_KEY)).toBe('{"format":"gonadostat-lessons/1","lessons":');
    expect(readProgress(storage).lessons['trt-shutdown']).toEqual(done);
  });

  it('reports an unknown format and skips unreadable entries', () => {
    const storage = new MemoryStorage();
    storage.setItem(LESSONS_KEY, JSON.stringify({ format: 'gonadostat-lessons/9', lessons: {} }));
    expect(readProgress(storage).problem).toContain('unknown format');
    storage.setItem(LESSONS_KEY, JSON.stringify({ format: 'gonadostat-lessons/1', lessons: { a: done, b: { status: 'done' } } }));
    const back = readProgress(storage);
    expect(Object.keys(back.lessons)).toEqual(['a']);
    expect(back.problem).toContain('1 stored lesson entry was unreadable');
  });

  it('reports a full store and no storage without throwing', () => {
    const full = writeProgress(new MemoryStorage(10), 'trt-shutdown', done);
    expect(full).toEqual({ ok: false, message: expect.stringContaining('full') });
    expect(writeProgress(null, 'trt-shutdown', done).ok).toBe(false);
    expect(readProgress(null).problem).toContain('local storage');
  });
});
