/**
 * Draw a prediction: the student sets the level of one output at fixed days
 * (knots) across the lesson's window. With a pointer, press and drag across
 * the plot (every knot the drag passes gets the level under it). With the
 * keyboard, the pad is one focusable control: ←/→ choose the day (carrying the
 * level forward onto days not drawn yet), ↑/↓ change the level (Page Up/Down in
 * bigger steps), Home/End jump to the ends, Delete clears a day, Enter commits.
 * Every change is announced. Props in.
 */
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useElementWidth } from '../hooks/use-element-width';
import { LessonPlot } from './LessonPlot';
import { knotsToPoints, LARGE_STEPS, levelStep, MIN_SKETCH_POINTS, plotScales, roundLevel, type Knots } from './sketch-geometry';

export interface SketchPadProps {
  /** The output drawn, e.g. "LH". */
  readonly outputLabel: string;
  readonly window: readonly [number, number];
  readonly yMax: number;
  readonly days: readonly number[];
  readonly knots: Knots;
  readonly onChange: (knots: (number | null)[]) => void;
  /** Called by Enter when enough days are drawn. */
  readonly onCommit: () => void;
  readonly height?: number;
}

const dayText = (day: number): string => (Number.isInteger(day) ? String(day) : day.toFixed(1));

export function SketchPad({ outputLabel, window, yMax, days, knots, onChange, onCommit, height = 260 }: SketchPadProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const width = Math.max(280, measured);
  const [selected, setSelected] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const drag = useRef<{ knot: number; value: number } | null>(null);
  const instructionsId = useId();
  const scales = plotScales(width, height, window, yMax);
  const drawn = knots.filter((v) => v !== null).length;

  const announce = (next: Knots, k: number): void => {
    const v = next[k];
    // The student's own level, as exact as the keyboard step that set it (1.05, not 1.1).
    const level = v === null || v === undefined ? 'not drawn' : `${outputLabel} ${String(Number(v.toPrecision(4)))}× baseline`;
    const count = next.filter((x) => x !== null).length;
    setAnnouncement(`Day ${dayText(days[k]!)}: ${level}. ${count} of ${days.length} days drawn.`);
  };
  const update = (next: (number | null)[], k: number): void => {
    onChange(next);
    announce(next, k);
  };

  const knotAt = (px: number): number => {
    const day = scales.dayAt(px);
    let best = 0;
    for (let k = 1; k < days.length; k++) if (Math.abs(days[k]! - day) < Math.abs(days[best]! - day)) best = k;
    return best;
  };
  const local = (event: PointerEvent<HTMLDivElement>): { px: number; py: number } => {
    const box = event.currentTarget.getBoundingClientRect();
    return { px: event.clientX - box.left, py: event.clientY - box.top };
  };
  const paint = (event: PointerEvent<HTMLDivElement>): void => {
    const { px, py } = local(event);
    const k = knotAt(px);
    const value = roundLevel(scales.valueAt(py), yMax);
    const next = [...knots];
    const last = drag.current ?? { knot: k, value };
    // Fill every knot between the previous pointer position and this one, so a fast drag leaves no gaps.
    const lo = Math.min(last.knot, k);
    const hi = Math.max(last.knot, k);
    for (let j = lo; j <= hi; j++) {
      const t = hi === lo ? 1 : (j - last.knot) / (k - last.knot);
      next[j] = roundLevel(last.value + t * (value - last.value), yMax);
    }
    drag.current = { knot: k, value };
    setSelected(k);
    update(next, k);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = null;
    paint(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current !== null && event.buttons & 1) paint(event);
  };
  const onPointerUp = (): void => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = [...knots];
    const current = knots[selected] ?? null;
    const startLevel = (): number => {
      for (let j = selected - 1; j >= 0; j--) if (knots[j] !== null) return knots[j]!;
      return 1;
    };
    const step = (steps: number): void => {
      next[selected] = roundLevel((current ?? startLevel()) + steps * levelStep(yMax), yMax);
      update(next, selected);
    };
    const select = (k: number): void => {
      const target = Math.min(days.length - 1, Math.max(0, k));
      if (next[target] === null && current !== null && target > selected) next[target] = current;
      setSelected(target);
      if (next[target] !== knots[target]) onChange(next);
      announce(next, target);
    };
    switch (event.key) {
      case 'ArrowUp': step(1); break;
      case 'ArrowDown': step(-1); break;
      case 'PageUp': step(LARGE_STEPS); break;
      case 'PageDown': step(-LARGE_STEPS); break;
      case 'ArrowRight': select(selected + 1); break;
      case 'ArrowLeft': select(selected - 1); break;
      case 'Home': select(0); break;
      case 'End': select(days.length - 1); break;
      case 'Delete':
      case 'Backspace':
        next[selected] = null;
        update(next, selected);
        break;
      case 'Enter':
        if (drawn >= MIN_SKETCH_POINTS) onCommit();
        else setAnnouncement(`Draw at least ${MIN_SKETCH_POINTS} days first; ${drawn} drawn.`);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="sketch">
      <p id={instructionsId} className="hint sketch-instructions">
        Press and drag across the chart to draw. Keyboard: focus the chart, then ←/→ choose the day (the level carries forward),
        ↑/↓ change the level (Page Up/Down: bigger steps), Delete clears a day, Enter commits.
      </p>
      <div
        ref={ref}
        className="sketch-pad"
        role="application"
        aria-roledescription="sketch pad"
        aria-label={`Draw ${outputLabel}, days ${dayText(window[0])} to ${dayText(window[1])}, relative to baseline`}
        aria-describedby={instructionsId}
        tabIndex={0}
        style={{ height }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
        data-testid="sketch-pad"
      >
        <LessonPlot width={width} height={height} window={window} yMax={yMax} prediction={knotsToPoints(knots, days)} knotDays={days} selected={selected} />
      </div>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </div>
  );
}
