/** Every lesson (src/core/lessons/index.ts) has a unique id and focuses the main charts on outputs of its model, its own first. */
import { describe, expect, it } from 'vitest';
import { LESSONS, findLesson } from '../../../src/core/lessons';
import { MODELS } from '../../../src/core/model/registry';

describe('lessons', () => {
  it('have unique ids that findLesson resolves', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) expect(findLesson(lesson.id)).toBe(lesson);
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s focuses on its own output first, then a few others of its model', (_id, lesson) => {
    const outputs = MODELS[lesson.scenario.model].outputs.map((o) => o.id);
    expect(lesson.focus[0]).toBe(lesson.output);
    expect(lesson.focus.length).toBeLessThanOrEqual(5);
    expect(new Set(lesson.focus).size).toBe(lesson.focus.length);
    for (const id of lesson.focus) expect(outputs, id).toContain(id);
  });
});
