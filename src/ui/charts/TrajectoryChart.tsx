/**
 * A chart figure: title, the plot, a time cursor over it (drag or click to
 * move it), a legend with each line's colour and dash, a generated summary in
 * words and a data-table alternative. Props in; no store access.
 */
import { useCallback, type PointerEvent } from 'react';
import { CHART_MARGIN, plotSpan, X_AXIS_HEIGHT, type ChartLine } from './chart-data';
import { TrajectoryPlot } from './TrajectoryPlot';
import { DataTable } from './DataTable';
import { LineSample } from './LineSample';
import type { SimulationResult } from '../../core/simulate';

export interface TrajectoryChartProps {
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly result: SimulationResult;
  readonly lines: readonly ChartLine[];
  readonly pinned: readonly ChartLine[];
  readonly pinnedLabel: string | null;
  readonly scale: 'linear' | 'log';
  readonly domain: [number, number];
  readonly summary: string;
  readonly cursorDay: number;
  readonly onCursorDay: (day: number) => void;
}

export function TrajectoryChart(props: TrajectoryChartProps) {
  const { id, title, width, height, result, lines, pinned, pinnedLabel, scale, domain, summary, cursorDay, onCursorDay } = props;
  const days = result.scenario.days;
  const { left, right } = plotSpan(width);
  const cursorX = left + (Math.min(days, Math.max(0, cursorDay)) / days) * (right - left);
  const dayAt = useCallback(
    (event: PointerEvent<HTMLDivElement>): number => {
      const box = event.currentTarget.getBoundingClientRect();
      const fraction = (event.clientX - box.left - left) / (right - left);
      return Math.round(Math.min(1, Math.max(0, fraction)) * days * 4) / 4;
    },
    [left, right, days],
  );
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    onCursorDay(dayAt(event));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.buttons & 1) onCursorDay(dayAt(event));
  };
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-chart={id}>
      <h3 id={`${id}-title`} className="chart-title">{title}</h3>
      <div
        className="chart-plot"
        style={{ width, height }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        aria-hidden="true"
      >
        <TrajectoryPlot width={width} height={height} days={days} lines={lines} pinned={pinned} scale={scale} domain={domain} />
        <div className="chart-cursor" style={{ left: cursorX, top: CHART_MARGIN.top, height: height - CHART_MARGIN.top - CHART_MARGIN.bottom - X_AXIS_HEIGHT }} />
      </div>
      <ul className="chart-legend" aria-label={`${title}: lines`}>
        {lines.map((line) => (
          <li key={line.id}>
            <LineSample style={line.style} />
            {line.label}
          </li>
        ))}
        {pinnedLabel !== null && pinned.length > 0 && (
          <li className="legend-pinned">
            <LineSample style={{ color: '#777', dash: '' }} faint />
            Pinned: {pinnedLabel}
          </li>
        )}
      </ul>
      <figcaption className="chart-summary">{summary}</figcaption>
      <DataTable caption={`${title}, relative to baseline`} result={result} ids={lines.map((l) => l.id)} labels={lines.map((l) => l.label)} />
    </figure>
  );
}
