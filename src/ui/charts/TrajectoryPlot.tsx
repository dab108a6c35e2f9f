/**
 * One plot of trajectories relative to baseline, drawn as plain SVG: grid,
 * axes with the nice ticks of axis-ticks.ts (time in days, weeks or months;
 * log axes at decades with minor ticks), the baseline at 1, a pinned run in
 * grey underneath and the current lines on top. Drawing it directly (rather
 * than through recharts, which re-derives its whole internal store on every
 * new result) keeps a dragged slider within a frame. Colours and fonts are
 * attributes, so the chart export can copy the SVG as it is. Props in;
 * memoized, so moving the time cursor or the pointer (drawn by the parent as
 * overlays) never redraws the lines.
 */
import { memo, useId } from 'react';
import type { TimeAxis } from './axis-ticks';
import { plotArea, type ChartGeometry, type ChartLine, type YAxisSpec } from './chart-data';
import { SeriesPaths } from './SeriesPaths';

export interface TrajectoryPlotProps {
  readonly width: number;
  readonly height: number;
  readonly days: number;
  readonly lines: readonly ChartLine[];
  readonly pinned: readonly ChartLine[];
  readonly scale: 'linear' | 'log';
  readonly yAxis: YAxisSpec;
  readonly time: TimeAxis;
  readonly geometry: ChartGeometry;
  /** Multiplies every line width (presentation mode draws thicker lines). */
  readonly lineScale: number;
  /** Days marked along the top of the plot with a small triangle and a dotted line (ovulations on a cycling model). */
  readonly markers?: readonly number[];
}

const MARKER = '#5a2d82';

const INK = '#222222';
const GRID = '#d0d4da';

/** A level tick: 0.001, 0.25, 1, 2.5, 10. */
function formatTick(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export const TrajectoryPlot = memo(function TrajectoryPlot({ width, height, days, lines, pinned, scale, yAxis, time, geometry, lineScale, markers = [] }: TrajectoryPlotProps) {
  const clipId = useId();
  const area = plotArea(width, height, geometry);
  const [lo, hi] = yAxis.domain;
  const x = (day: number): number => area.left + (day / days) * (area.right - area.left);
  const y = scale === 'log'
    ? (v: number): number => area.bottom - ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (area.bottom - area.top)
    : (v: number): number => area.bottom - ((v - lo) / (hi - lo)) * (area.bottom - area.top);
  const font = geometry.font;
  const tickLength = Math.round(font * 0.4);
  const baselineY = y(1);
  return (
    <svg className="trajectory-plot" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" aria-hidden="true" focusable="false">
      <g className="grid" stroke={GRID} strokeDasharray="3 3">
        {yAxis.ticks.map((t) => <line key={`y${t}`} x1={area.left} x2={area.right} y1={y(t)} y2={y(t)} />)}
        {time.ticks.map((t) => <line key={`x${t}`} x1={x(t)} x2={x(t)} y1={area.top} y2={area.bottom} />)}
      </g>
      {yAxis.minor.length > 0 && (
        <g className="minor-ticks">
          <path d={yAxis.minor.map((m) => `M${area.left} ${y(m).toFixed(1)}H${area.right}`).join('')} stroke="#e6e8ec" />
          <path d={yAxis.minor.map((m) => `M${area.left - tickLength} ${y(m).toFixed(1)}H${area.left}`).join('')} stroke="#555555" />
        </g>
      )}
      <g className="x-axis" fontSize={font} fill={INK}>
        <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} stroke="#666666" />
        {time.ticks.map((t, i) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={area.bottom} y2={area.bottom + tickLength} stroke="#666666" />
            <text className="tick-label" x={x(t)} y={area.bottom + tickLength + font} textAnchor="middle">{time.labels[i]}</text>
          </g>
        ))}
        {time.title !== '' && (
          <text className="axis-title" x={(area.left + area.right) / 2} y={height - geometry.margin.bottom - 2} textAnchor="middle">{time.title}</text>
        )}
      </g>
      <g className="y-axis" fontSize={font} fill={INK}>
        <line x1={area.left} x2={area.left} y1={area.top} y2={area.bottom} stroke="#666666" />
        {yAxis.ticks.map((t) => (
          <g key={t}>
            <line x1={area.left - tickLength} x2={area.left} y1={y(t)} y2={y(t)} stroke="#666666" />
            <text className="tick-label" x={area.left - tickLength - 3} y={y(t)} dy="0.35em" textAnchor="end">{formatTick(t)}</text>
          </g>
        ))}
        <text className="axis-title" transform={`translate(${geometry.margin.left + font * 0.9} ${(area.top + area.bottom) / 2}) rotate(-90)`} textAnchor="middle">× baseline</text>
      </g>
      <g className="baseline">
        <line x1={area.left} x2={area.right} y1={baselineY} y2={baselineY} stroke="#444444" strokeWidth={1.5} />
        <text x={area.right - 4} y={baselineY - 5} textAnchor="end" fontSize={Math.round(font * 0.9)} fill="#333333">baseline</text>
      </g>
      {markers.length > 0 && (
        <g className="markers" fill={MARKER} stroke={MARKER}>
          {markers.map((d) => {
            const mx = x(d);
            const s = Math.round(font * 0.45);
            return (
              <g key={d} className="marker">
                <line x1={mx} x2={mx} y1={area.top + s} y2={area.bottom} strokeDasharray="1 3" strokeWidth={1.5} />
                <path d={`M${mx - s} ${area.top - 2}L${mx + s} ${area.top - 2}L${mx} ${area.top + s}Z`} stroke="none" />
              </g>
            );
          })}
        </g>
      )}
      <defs>
        <clipPath id={clipId}>
          <rect x={area.left} y={area.top - 3} width={area.right - area.left} height={area.bottom - area.top + 6} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <SeriesPaths lines={lines} pinned={pinned} lineScale={lineScale} x={x} y={y} />
      </g>
    </svg>
  );
});
