/**
 * One recharts line chart of trajectories relative to baseline (axes, grid,
 * baseline from recharts; the lines drawn with its scales by SeriesPaths),
 * with a pinned run drawn underneath as faint lines. Props in; memoized, so moving the time
 * cursor (drawn by the parent as an overlay) never re-renders the lines.
 */
import { memo } from 'react';
import { CartesianGrid, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { SeriesPaths } from './SeriesPaths';
import { CHART_MARGIN, logTicks, X_AXIS_HEIGHT, Y_AXIS_WIDTH, type ChartLine } from './chart-data';

export interface TrajectoryPlotProps {
  readonly width: number;
  readonly height: number;
  readonly days: number;
  readonly lines: readonly ChartLine[];
  readonly pinned: readonly ChartLine[];
  readonly scale: 'linear' | 'log';
  readonly domain: [number, number];
}

function formatTick(value: number): string {
  if (value >= 1) return String(Number(value.toFixed(2)));
  return String(Number(value.toPrecision(2)));
}

export const TrajectoryPlot = memo(function TrajectoryPlot({ width, height, days, lines, pinned, scale, domain }: TrajectoryPlotProps) {
  return (
    <LineChart width={width} height={height} margin={CHART_MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke="#d5d5d5" strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        height={X_AXIS_HEIGHT}
        domain={[0, days]}
        allowDataOverflow
        tick={{ fontSize: 14, fill: '#333' }}
        label={{ value: 'Day', position: 'insideBottom', offset: 0, fontSize: 15, fill: '#222' }}
      />
      <YAxis
        type="number"
        dataKey="y"
        width={Y_AXIS_WIDTH}
        scale={scale}
        domain={domain}
        allowDataOverflow
        ticks={scale === 'log' ? logTicks(domain) : undefined}
        tickFormatter={formatTick}
        tick={{ fontSize: 14, fill: '#333' }}
        label={{ value: 'relative to baseline', angle: -90, position: 'insideLeft', offset: 14, dy: 70, fontSize: 15, fill: '#222' }}
      />
      <ReferenceLine y={1} stroke="#555" strokeWidth={1.5} ifOverflow="extendDomain" label={{ value: 'baseline', position: 'insideTopRight', fontSize: 13, fill: '#444' }} />
      <SeriesPaths lines={lines} pinned={pinned} />
    </LineChart>
  );
});
