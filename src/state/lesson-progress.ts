/**
 * Lesson progress in the browser's localStorage, under one key holding a
 * versioned envelope:
 *
 *   gonadostat:lessons = {"format":"gonadostat-lessons/1","lessons":{"<lesson id>":{…progress}}}
 *
 * Each entry keeps the committed prediction (a sketch's points, or the chosen
 * option), whether the lesson has been run, its score (0–100; a choice scores
 * 100 or 0) and the sentence the student saw. Nothing is lost silently, as in
 * saved-scenarios.ts: a write is confirmed by reading it back; a full store or
 * a corrupted envelope is reported; a corrupted envelope is copied to a backup
 * key before the first new write replaces it; entries that do not read as
 * progress are skipped (and counted in the problem).
 */
import type { SketchPoint } from '../core/lessons/score-sketch';
import { backUp, describeFormat, readStoredJson, writeRefusal } from './stored-envelope';

/** The localStorage key of the envelope. */
export const LESSONS_KEY = 'gonadostat:lessons';
/** Where a corrupted envelope is kept before it is replaced. */
export const LESSONS_BACKUP_KEY = 'gonadostat:lessons:backup';
/** Envelope format tag. */
export const LESSONS_FORMAT = 'gonadostat-lessons/1';

/** A committed prediction. Sketch points are (day, value relative to baseline). */
export type CommittedPrediction =
  | { readonly kind: 'sketch'; readonly points: readonly SketchPoint[] }
  | { readonly kind: 'choice'; readonly optionId: string };

/** One lesson's progress: predicted (not yet run) or done (run and scored). */
export interface LessonProgress {
  readonly status: 'predicted' | 'done';
  readonly prediction: CommittedPrediction;
  /** 0–100, once done. */
  readonly score?: number;
  /** The verdict sentence, once done. */
  readonly sentence?: string;
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string;
}

/** Progress by lesson id; `problem` is set when stored progress could not be read. */
export interface ProgressSnapshot {
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly problem: string | null;
}

/** The outcome of a write. */
export type ProgressOutcome = { readonly ok: true; readonly snapshot: ProgressSnapshot; readonly note?: string } | { readonly ok: false; readonly message: string };

const isPoint = (p: unknown): p is SketchPoint =>
  typeof p === 'object' && p !== null && Number.isFinite((p as SketchPoint).day) && Number.isFinite((p as SketchPoint).value);

function isPrediction(x: unknown): x is CommittedPrediction {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as { kind?: unknown; points?: unknown; optionId?: unknown };
  if (p.kind === 'sketch') return Array.isArray(p.points) && p.points.every(isPoint);
  return p.kind === 'choice' && typeof p.optionId === 'string';
}

/** Whether `x` reads as one lesson's progress. */
export function isLessonProgress(x: unknown): x is LessonProgress {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<LessonProgress>;
  return (e.status === 'predicted' || e.status === 'done') && isPrediction(e.prediction) && typeof e.updatedAt === 'string' &&
    (e.score === undefined || (typeof e.score === 'number' && e.score >= 0 && e.score <= 100)) &&
    (e.sentence === undefined || typeof e.sentence === 'string');
}

type Envelope = { ok: true; lessons: Record<string, LessonProgress>; skipped: number } | { ok: false; problem: string; raw: string };

function readEnvelope(storage: Storage): Envelope {
  const stored = readStoredJson(storage, LESSONS_KEY);
  if (stored.kind === 'refused') return { ok: false, problem: `the browser does not allow reading lesson progress (${String(stored.error)})`, raw: '' };
  if (stored.kind === 'absent') return { ok: true, lessons: {}, skipped: 0 };
  if (stored.kind === 'not-json') return { ok: false, problem: 'the lesson progress stored in this browser is corrupted (not valid JSON)', raw: stored.raw };
  const { raw, value, format } = stored;
  if (format !== LESSONS_FORMAT) {
    return { ok: false, problem: `the lesson progress is in an unknown format (${describeFormat(format)}; this version reads ${LESSONS_FORMAT})`, raw };
  }
  const entries = (value as { lessons?: unknown }).lessons;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { ok: false, problem: 'the lesson progress is corrupted (no list of lessons)', raw };
  const lessons: Record<string, LessonProgress> = {};
  let skipped = 0;
  for (const [id, entry] of Object.entries(entries)) {
    if (isLessonProgress(entry)) lessons[id] = entry;
    else skipped++;
  }
  return { ok: true, lessons, skipped };
}

/** Reads every lesson's progress. Never throws: problems are in the snapshot. */
export function readProgress(storage: Storage | null): ProgressSnapshot {
  if (storage === null) return { lessons: {}, problem: 'this browser does not offer local storage, so lesson progress is not kept after a reload' };
  const envelope = readEnvelope(storage);
  if (!envelope.ok) return { lessons: {}, problem: envelope.problem };
  const problem = envelope.skipped > 0 ? `${envelope.skipped} stored lesson ${envelope.skipped === 1 ? 'entry was' : 'entries were'} unreadable and skipped` : null;
  return { lessons: envelope.lessons, problem };
}

/** Stores `progress` for lesson `id` (replacing what was there), then reads it back. */
export function writeProgress(storage: Storage | null, id: string, progress: LessonProgress): ProgressOutcome {
  if (storage === null) return { ok: false, message: `Progress not kept: ${readProgress(null).problem ?? ''}.` };
  const envelope = readEnvelope(storage);
  let note: string | undefined;
  let lessons: Record<string, LessonProgress>;
  if (envelope.ok) lessons = envelope.lessons;
  else {
    const backupFailure = backUp(storage, LESSONS_BACKUP_KEY, envelope.raw);
    if (backupFailure !== null) return { ok: false, message: `Progress not kept: ${envelope.problem}, and it could not be backed up first (${backupFailure}).` };
    lessons = {};
    note = `The earlier, unreadable progress was kept under “${LESSONS_BACKUP_KEY}” in this browser’s storage.`;
  }
  const next = { ...lessons, [id]: progress };
  try {
    storage.setItem(LESSONS_KEY, JSON.stringify({ format: LESSONS_FORMAT, lessons: next }));
  } catch (error) {
    return { ok: false, message: `Progress not kept: ${writeRefusal(error)}.` };
  }
  const back = readProgress(storage);
  if (JSON.stringify(back.lessons[id]) !== JSON.stringify(progress)) return { ok: false, message: 'Progress not kept: the browser did not store it intact.' };
  return note === undefined ? { ok: true, snapshot: back } : { ok: true, snapshot: back, note };
}
