/**
 * One recharts line chart of trajectories relative to baseline: axes with
 * nice ticks (time in days, weeks or months; log axes at decades with minor
 * ticks), grid and baseline from recharts, the lines drawn with its scales by
 * SeriesPaths, a pinned run underneath in grey. Props in; memoized, so moving
 * the time cursor or the pointer (drawn by the parent as overlays) never
 * re-renders the lines.
 */
import { memo } from 'react';
import { CartesianGrid, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { SeriesPaths } from './SeriesPaths';
import { MinorTicks } from './MinorTicks';
import type { ChartGeometry, ChartLine, YAxisSpec } from './chart-data';
import type { TimeAxis } from './axis-ticks';

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
}

/** A level tick: 0.001, 0.25, 1, 2.5, 10. */
function formatTick(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export const TrajectoryPlot = memo(function TrajectoryPlot({ width, height, days, lines, pinned, scale, yAxis, time, geometry, lineScale }: TrajectoryPlotProps) {
  const font = geometry.font;
  const tick = { fontSize: font, fill: '#222' };
  const labelOf = (day: number): string => time.labels[time.ticks.indexOf(day)] ?? '';
  return (
    <LineChart width={width} height={height} margin={geometry.margin} accessibilityLayer={false}>
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        height={geometry.xAxisHeight}
        domain={[0, days]}
        ticks={time.ticks as number[]}
        interval={0}
        tickFormatter={labelOf}
        allowDataOverflow
        tick={tick}
        label={{ value: time.title, position: 'insideBottom', offset: 0, fontSize: font, fill: '#222' }}
      />
      <YAxis
        type="number"
        dataKey="y"
        width={geometry.yAxisWidth}
        scale={scale}
        domain={yAxis.domain}
        ticks={yAxis.ticks as number[]}
        interval={0}
        allowDataOverflow
        tickFormatter={formatTick}
        tick={tick}
        label={{ value: '× baseline', angle: -90, position: 'insideLeft', offset: 2, dy: font * 3, fontSize: font, fill: '#222' }}
      />
      {yAxis.minor.length > 0 && <MinorTicks values={yAxis.minor} length={font * 0.4} />}
      <ReferenceLine y={1} stroke="#444" strokeWidth={1.5} ifOverflow="extendDomain" label={{ value: 'baseline', position: 'insideTopRight', fontSize: Math.round(font * 0.9), fill: '#333' }} />
      <SeriesPaths lines={lines} pinned={pinned} lineScale={lineScale} />
    </LineChart>
  );
});
