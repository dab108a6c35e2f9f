/**
 * The uncertainty band inside a recharts chart, drawn with the chart's own
 * scales (as SeriesPaths draws the trajectories): the 5–95% band as a shaded
 * area, the median as a solid line and the current run as a dashed line. Props in.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { XYPoint } from '../../core/output/downsample';
import type { BandPoint } from './band-data';

type Scale = (value: number) => number | undefined;

export interface BandPathsProps {
  readonly band: readonly BandPoint[];
  readonly current: readonly XYPoint[];
  readonly color: string;
}

function line(points: readonly { x: number; y: number }[], x: Scale, y: Scale, start = 'M'): string {
  let d = '';
  for (const p of points) {
    const px = x(p.x);
    const py = y(p.y);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    d += `${d === '' ? start : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`;
  }
  return d;
}

/** Closed outline of the band: along p95 forward, back along p5. */
export function bandPath(band: readonly BandPoint[], x: Scale, y: Scale): string {
  const upper = line(band.map((p) => ({ x: p.x, y: p.p95 })), x, y);
  const lower = line([...band].reverse().map((p) => ({ x: p.x, y: p.p5 })), x, y, 'L');
  return upper === '' ? '' : `${upper}${lower}Z`;
}

export function BandPaths({ band, current, color }: BandPathsProps) {
  const x = useXAxisScale() as Scale | undefined;
  const y = useYAxisScale() as Scale | undefined;
  const area = usePlotArea();
  if (x === undefined || y === undefined || area === undefined) return null;
  return (
    <g className="band-layer">
      <path className="band-area" d={bandPath(band, x, y)} fill={color} fillOpacity={0.25} stroke={color} strokeOpacity={0.5} strokeWidth={1} />
      <path className="band-median" d={line(band.map((p) => ({ x: p.x, y: p.p50 })), x, y)} fill="none" stroke={color} strokeWidth={2.5} />
      <path className="band-current" d={line(current, x, y)} fill="none" stroke="#1a1a1a" strokeWidth={1.5} strokeDasharray="6 4" />
    </g>
  );
}
