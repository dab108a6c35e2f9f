/**
 * Every guided lesson's "what you should see" (src/core/lessons), asserted
 * against the model: a model change that breaks a lesson fails here. Each
 * lesson cites its sources in its explanation.
 */
import { describe, expect, it } from 'vitest';
import { LESSONS, MAIN_RUN } from '../../src/core/lessons';
import { checkLesson, lessonRuns, type LessonResults } from '../../src/core/lessons/check-expectation';
import { simulate } from '../../src/core/simulate';
import { parseScenario } from '../../src/core/scenario/validate';
import { MODELS } from '../../src/core/model/registry';
import { findPreset } from '../../src/core/scenario/presets';

describe('lessons: what you should see', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: ${lesson.title} — ${lesson.sources.join('; ')}`, () => {
      const results: Record<string, ReturnType<typeof simulate>> = {};
      for (const run of lessonRuns(lesson)) results[run.id] = simulate(run.scenario);
      for (const outcome of checkLesson(lesson, results as LessonResults)) {
        expect(outcome.pass, outcome.detail).toBe(true);
      }
    });
  }
});

describe('lessons: well formed', () => {
  it('has at least eight lessons with unique ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  for (const lesson of LESSONS) {
    it(`${lesson.id}: valid scenarios, known outputs and runs, a sound prediction`, () => {
      const runs = lessonRuns(lesson);
      expect(new Set(runs.map((r) => r.id)).size).toBe(runs.length);
      for (const run of runs) {
        expect(run.scenario.model).toBe(lesson.scenario.model);
        const parsed = parseScenario(run.scenario, (id) => MODELS[id]);
        expect(parsed.ok ? parsed.warnings : parsed.errors, `${lesson.id}/${run.id}`).toEqual([]);
      }
      const outputs = MODELS[lesson.scenario.model].outputs.map((o) => o.id);
      expect(outputs).toContain(lesson.output);
      const runIds = runs.map((r) => r.id);
      for (const e of lesson.expect) {
        for (const m of 'larger' in e ? [e.larger, e.smaller] : [e]) {
          expect(runIds).toContain(m.run ?? MAIN_RUN);
          if (!('metric' in m)) {
            expect(outputs).toContain(m.output);
            expect(m.window[0]).toBeLessThan(m.window[1]);
          }
        }
      }
      const p = lesson.prediction;
      if (p.kind === 'sketch') {
        expect(outputs).toContain(p.output);
        expect(runIds).toContain(p.run ?? MAIN_RUN);
        expect(p.window[1]).toBeLessThanOrEqual(lesson.scenario.days);
      } else {
        expect(p.options.length).toBeGreaterThanOrEqual(3);
        expect(p.options.length).toBeLessThanOrEqual(4);
        expect(p.options.map((o) => o.id)).toContain(p.correct);
      }
      if (lesson.presetId !== undefined) expect(findPreset(lesson.presetId), lesson.presetId).toBeDefined();
      expect(lesson.sources.length).toBeGreaterThan(0);
      for (const source of lesson.sources) expect(lesson.explanation.join(' ')).toContain(source.split(' ')[0]!);
    });
  }
});
