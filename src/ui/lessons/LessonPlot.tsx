/**
 * The lesson's plot: one output over the lesson's window, on [0, yMax]
 * relative to baseline, with the baseline at 1. It draws the student's
 * prediction (dashed purple, with its points) and, once run, the model's curve
 * in the output's own colour. Pure SVG, props in; hidden from assistive
 * technology (the sketch pad and the result say the same in words).
 */
import type { SketchPoint } from '../../core/lessons/score-sketch';
import type { SeriesStyle } from '../palette';
import { niceTicks, plotScales } from './sketch-geometry';

/** The prediction's style: a colour no output uses, and a dash of its own. */
export const PREDICTION_STYLE: SeriesStyle = { color: '#7b2d8e', dash: '9 5', width: 3.5 };

export interface LessonPlotProps {
  readonly width: number;
  readonly height: number;
  readonly window: readonly [number, number];
  readonly yMax: number;
  /** The prediction's points, in day order. */
  readonly prediction: readonly SketchPoint[];
  /** The model's curve (day, value), when the lesson has run. */
  readonly model?: { readonly points: readonly { readonly x: number; readonly y: number }[]; readonly style: SeriesStyle } | undefined;
  /** Knot days and the selected knot, while sketching. */
  readonly knotDays?: readonly number[];
  readonly selected?: number | null;
}

function path(points: readonly { x: number; y: number }[]): string {
  return points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
}

export function LessonPlot({ width, height, window, yMax, prediction, model, knotDays, selected = null }: LessonPlotProps) {
  const s = plotScales(width, height, window, yMax);
  const [from, to] = window;
  const xTicks = niceTicks(to - from).map((t) => t + from);
  const yTicks = niceTicks(yMax);
  const selectedDay = selected === null || knotDays === undefined ? null : knotDays[selected];
  return (
    <svg className="lesson-plot" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <rect x={s.left} y={s.top} width={s.right - s.left} height={s.bottom - s.top} className="lesson-plot-area" />
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={s.left} x2={s.right} y1={s.y(t)} y2={s.y(t)} className="lesson-grid" />
          <text x={s.left - 8} y={s.y(t)} dy="0.35em" textAnchor="end" className="lesson-tick">{t}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={s.x(t)} x2={s.x(t)} y1={s.top} y2={s.bottom} className="lesson-grid" />
          <text x={s.x(t)} y={s.bottom + 18} textAnchor="middle" className="lesson-tick">{t}</text>
        </g>
      ))}
      <text x={(s.left + s.right) / 2} y={height - 6} textAnchor="middle" className="lesson-axis-label">Day</text>
      <text transform={`translate(16 ${(s.top + s.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="lesson-axis-label">× baseline</text>
      <line x1={s.left} x2={s.right} y1={s.y(1)} y2={s.y(1)} className="lesson-baseline" />
      <text x={s.right - 4} y={s.y(1) - 5} textAnchor="end" className="lesson-baseline-label">baseline</text>
      {selectedDay !== null && selectedDay !== undefined && <line x1={s.x(selectedDay)} x2={s.x(selectedDay)} y1={s.top} y2={s.bottom} className="lesson-selected-day" />}
      {model !== undefined && (
        <path className="lesson-model-line" d={path(model.points.map((p) => ({ x: s.x(p.x), y: s.y(p.y) })))} fill="none" stroke={model.style.color} strokeWidth={3} strokeDasharray={model.style.dash || undefined} strokeLinejoin="round" />
      )}
      {prediction.length > 1 && (
        <path className="lesson-prediction-line" d={path(prediction.map((p) => ({ x: s.x(p.day), y: s.y(p.value) })))} fill="none" stroke={PREDICTION_STYLE.color} strokeWidth={3.5} strokeDasharray={PREDICTION_STYLE.dash} strokeLinejoin="round" />
      )}
      {prediction.map((p) => (
        <circle key={p.day} cx={s.x(p.day)} cy={s.y(p.value)} r={p.day === selectedDay ? 7 : 4.5} className={p.day === selectedDay ? 'lesson-point is-selected' : 'lesson-point'} />
      ))}
    </svg>
  );
}
