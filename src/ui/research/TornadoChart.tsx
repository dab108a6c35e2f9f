/**
 * A tornado chart: one row per parameter, largest swing on top; from the base
 * value (the vertical line) a bar to the metric at −x% (blue, solid) and one
 * to the metric at +x% (orange, hatched), so the two sides stay apart in
 * greyscale. Every parameter id is shown in full: in a label column when the
 * chart is wide enough, else on its own line above its bar. A value axis with
 * nice ticks names the metric and its unit. SVG; its text alternative is the
 * table beside it. Props in.
 */
import { useId } from 'react';
import type { SensitivityReport } from '../../core/analysis/sensitivity';
import { formatNumber } from '../../core/output/format-number';
import { niceStep } from '../charts/axis-ticks';
import { textWidth } from '../text-width';
import { barSpan, tornadoScale } from './tornado-geometry';

export interface TornadoChartProps {
  readonly report: SensitivityReport;
  readonly metricLabel: string;
  /** The metric's unit, e.g. "days" or "relative to baseline". */
  readonly unit: string;
  readonly width: number;
  /** Rows drawn (the table lists all). */
  readonly maxRows?: number;
}

const BAR = 18;
const TOP = 30;
const FONT = 13;

export function TornadoChart({ report, metricLabel, unit, width, maxRows = 15 }: TornadoChartProps) {
  const id = useId();
  const rows = report.rows.filter((r) => r.swing !== null && r.swing > 0).slice(0, maxRows);
  const base = report.baseValue ?? 0;
  const longest = Math.max(60, ...rows.map((r) => textWidth(r.parameter, FONT))) + 16;
  // Labels beside the bars when they fit in half the width, else on a line of their own.
  const stacked = longest > width * 0.5;
  const left = stacked ? 12 : longest;
  const right = width - 16;
  const rowHeight = stacked ? BAR + FONT + 10 : BAR + 8;
  const scale = tornadoScale(rows, base, left, right);
  const bottom = TOP + rows.length * rowHeight;
  const height = bottom + 52;
  const pct = Math.round(report.fraction * 100);
  const step = niceStep((scale.hi - scale.lo) / Math.max(2, Math.floor((right - left) / 90)));
  const ticks: number[] = [];
  for (let v = Math.ceil(scale.lo / step) * step; v <= scale.hi + 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return (
    <svg className="tornado" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} fontSize={FONT}>
      <title id={`${id}-title`}>Tornado chart: {metricLabel}</title>
      <desc id={`${id}-desc`}>
        {rows.length} parameters with the largest effect, each moved by ±{pct}%; the table below gives the numbers.
      </desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#E69F00" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a5a00" strokeWidth="2" />
        </pattern>
      </defs>
      <g className="tornado-legend">
        <rect x={left} y={6} width={14} height={14} fill="#0072B2" />
        <text x={left + 20} y={18}>−{pct}%</text>
        <rect x={left + 80} y={6} width={14} height={14} fill={`url(#${id}-hatch)`} stroke="#8a5a00" />
        <text x={left + 100} y={18}>+{pct}%</text>
      </g>
      {rows.map((r, k) => {
        const y = TOP + k * rowHeight;
        const barY = stacked ? y + FONT + 4 : y + 4;
        const low = barSpan(scale, base, r.metricLow);
        const high = barSpan(scale, base, r.metricHigh);
        return (
          <g key={r.parameter} className="tornado-row" data-parameter={r.parameter}>
            <text className="tornado-label" x={stacked ? left : left - 8} y={stacked ? y + FONT : barY + BAR / 2 + 4} textAnchor={stacked ? 'start' : 'end'}>
              {r.parameter}
            </text>
            <rect className="bar-low" x={low.x} y={barY} width={Math.max(low.width, 1)} height={BAR} fill="#0072B2" />
            <rect className="bar-high" x={high.x} y={barY} width={Math.max(high.width, 1)} height={BAR} fill={`url(#${id}-hatch)`} stroke="#8a5a00" strokeWidth={0.5} />
          </g>
        );
      })}
      <line x1={scale.x(base)} x2={scale.x(base)} y1={TOP - 4} y2={bottom + 2} stroke="#1a1a1a" strokeWidth={2} />
      <g className="tornado-axis">
        <line x1={left} x2={right} y1={bottom + 4} y2={bottom + 4} stroke="#555" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={scale.x(t)} x2={scale.x(t)} y1={bottom + 4} y2={bottom + 9} stroke="#555" />
            <text x={scale.x(t)} y={bottom + 22} textAnchor="middle">{formatNumber(t, 3)}</text>
          </g>
        ))}
        <text className="tornado-axis-title" x={(left + right) / 2} y={bottom + 42} textAnchor="middle">
          {metricLabel} ({unit}); base {formatNumber(base, 3)}
        </text>
      </g>
    </svg>
  );
}
