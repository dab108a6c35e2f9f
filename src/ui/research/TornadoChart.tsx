/**
 * A tornado chart: one row per parameter, largest swing on top; from the base
 * value (the vertical line) a bar to the metric at −x% (blue, solid) and one
 * to the metric at +x% (orange, hatched), so the two sides stay apart in
 * greyscale. SVG; its text alternative is the table beside it. Props in.
 */
import { useId } from 'react';
import type { SensitivityReport } from '../../core/analysis/sensitivity';
import { formatNumber } from '../../core/output/format-number';
import { barSpan, tornadoScale } from './tornado-geometry';

export interface TornadoChartProps {
  readonly report: SensitivityReport;
  readonly metricLabel: string;
  readonly width: number;
  /** Rows drawn (the table lists all). */
  readonly maxRows?: number;
}

const ROW = 26;
const TOP = 34;
/** Width of the label column, px; labels longer than LABEL_CHARS are shortened (the full id is in the table and the tooltip). */
const LABEL = 250;
const LABEL_CHARS = 25;

export function TornadoChart({ report, metricLabel, width, maxRows = 15 }: TornadoChartProps) {
  const id = useId();
  const rows = report.rows.filter((r) => r.swing !== null && r.swing > 0).slice(0, maxRows);
  const base = report.baseValue ?? 0;
  const left = Math.min(LABEL, width * 0.42);
  const right = width - 16;
  const scale = tornadoScale(rows, base, left, right);
  const height = TOP + rows.length * ROW + 34;
  const pct = Math.round(report.fraction * 100);
  return (
    <svg className="tornado" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
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
      <g className="tornado-legend" fontSize="13">
        <rect x={left} y={6} width={14} height={14} fill="#0072B2" />
        <text x={left + 20} y={18}>−{pct}%</text>
        <rect x={left + 80} y={6} width={14} height={14} fill={`url(#${id}-hatch)`} stroke="#8a5a00" />
        <text x={left + 100} y={18}>+{pct}%</text>
      </g>
      {rows.map((r, k) => {
        const y = TOP + k * ROW;
        const low = barSpan(scale, base, r.metricLow);
        const high = barSpan(scale, base, r.metricHigh);
        return (
          <g key={r.parameter} className="tornado-row" data-parameter={r.parameter}>
            <text x={left - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="13">
              <title>{r.parameter}</title>
              {r.parameter.length > LABEL_CHARS ? `${r.parameter.slice(0, LABEL_CHARS - 1)}…` : r.parameter}
            </text>
            <rect className="bar-low" x={low.x} y={y + 4} width={Math.max(low.width, 1)} height={ROW - 8} fill="#0072B2" />
            <rect className="bar-high" x={high.x} y={y + 4} width={Math.max(high.width, 1)} height={ROW - 8} fill={`url(#${id}-hatch)`} stroke="#8a5a00" strokeWidth={0.5} />
          </g>
        );
      })}
      <line x1={scale.x(base)} x2={scale.x(base)} y1={TOP - 4} y2={TOP + rows.length * ROW + 2} stroke="#1a1a1a" strokeWidth={2} />
      <text x={scale.x(base)} y={TOP + rows.length * ROW + 18} textAnchor="middle" fontSize="13">
        base {formatNumber(base, 3)}
      </text>
      <text x={left} y={height - 2} fontSize="12" fill="#444">{formatNumber(scale.lo, 3)}</text>
      <text x={right} y={height - 2} fontSize="12" fill="#444" textAnchor="end">{formatNumber(scale.hi, 3)}</text>
    </svg>
  );
}
