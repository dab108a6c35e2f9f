// @vitest-environment happy-dom
/** The sketch input: pointer drags and the keyboard both produce points; commit stays disabled until enough are drawn. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { findLesson } from '../../../src/core/lessons/index';
import type { CommittedPrediction } from '../../../src/state/lesson-progress';
import { LessonPrediction } from '../../../src/ui/lessons/LessonPrediction';
import { KNOT_COUNT, MIN_SKETCH_POINTS } from '../../../src/ui/lessons/sketch-geometry';

afterEach(cleanup);

function setup() {
  const commits: CommittedPrediction[] = [];
  render(<LessonPrediction lesson={findLesson('trt-shutdown')!} outputLabel="LH" committed={null} onCommit={(p) => commits.push(p)} />);
  const pad = screen.getByRole('application', { name: /Draw LH, days 0 to 56/ });
  const commit = screen.getByRole('button', { name: 'Commit my prediction' }) as HTMLButtonElement;
  return { pad, commit, commits };
}

describe('SketchPad', () => {
  it('draws with the keyboard: the level carries forward, arrows change it, Enter commits', () => {
    const { pad, commit, commits } = setup();
    expect(commit.disabled).toBe(true);
    pad.focus();
    fireEvent.keyDown(pad, { key: 'ArrowUp' });
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(/Day 0: LH 1\.05× baseline\. 1 of 25 days drawn\./);
    fireEvent.keyDown(pad, { key: 'Enter' });
    expect(commits).toHaveLength(0);
    for (let k = 1; k < MIN_SKETCH_POINTS; k++) {
      fireEvent.keyDown(pad, { key: 'ArrowRight' });
      fireEvent.keyDown(pad, { key: 'PageDown' });
    }
    expect(commit.disabled).toBe(false);
    fireEvent.keyDown(pad, { key: 'End' });
    fireEvent.keyDown(pad, { key: 'Enter' });
    expect(commits).toHaveLength(1);
    const points = commits[0]!.kind === 'sketch' ? commits[0]!.points : [];
    // End carried the last level onto the window's last day.
    expect(points).toHaveLength(MIN_SKETCH_POINTS + 1);
    expect(points[points.length - 1]!.day).toBe(56);
    expect(points[0]).toEqual({ day: 0, value: 1.05 });
    expect(points[points.length - 1]!.value).toBeLessThan(points[0]!.value);
  });

  it('draws with the pointer: a drag across the plot fills every day it passes', () => {
    const { pad, commit, commits } = setup();
    pad.getBoundingClientRect = () => ({ left: 0, top: 0, width: 720, height: 260, right: 720, bottom: 260, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(pad, { clientX: 60, clientY: 60, buttons: 1, pointerId: 1 });
    fireEvent.pointerMove(pad, { clientX: 700, clientY: 200, buttons: 1, pointerId: 1 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    expect(commit.disabled).toBe(false);
    fireEvent.click(commit);
    const points = commits[0]!.kind === 'sketch' ? commits[0]!.points : [];
    expect(points).toHaveLength(KNOT_COUNT);
    expect(points[0]!.value).toBeGreaterThan(points[KNOT_COUNT - 1]!.value);
  });
});
