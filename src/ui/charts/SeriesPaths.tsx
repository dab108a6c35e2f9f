/**
 * The trajectories inside a recharts chart, drawn as one SVG path per line
 * with the chart's own axis scales (recharts' useXAxisScale / useYAxisScale).
 * Recharts' <Line> keeps per-point state in its internal store and measures
 * every path on each render; with ~700 downsampled points × 9 series that
 * cost most of a frame per slider step. One path string per series costs
 * well under a millisecond. A pinned run is drawn first, in grey, so the
 * current lines stay on top. Props in.
 */
import { useId } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartLine } from './chart-data';

export interface SeriesPathsProps {
  readonly lines: readonly ChartLine[];
  readonly pinned: readonly ChartLine[];
  readonly lineScale: number;
}

type Scale = (value: number) => number | undefined;

/** "M x y L x y …" for the points of a line, skipping any point a scale cannot place. */
export function pathOf(line: ChartLine, x: Scale, y: Scale): string {
  let d = '';
  for (const p of line.points) {
    const px = x(p.x);
    const py = y(p.y);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    d += `${d === '' ? 'M' : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`;
  }
  return d;
}

function Path({ line, x, y, lineScale }: { line: ChartLine; x: Scale; y: Scale; lineScale: number }) {
  return (
    <path
      d={pathOf(line, x, y)}
      fill="none"
      stroke={line.style.color}
      strokeWidth={line.style.width * lineScale}
      strokeDasharray={line.style.dash === '' ? undefined : line.style.dash.split(' ').map((n) => Number(n) * lineScale).join(' ')}
      strokeLinejoin="round"
      strokeLinecap={line.style.dash.startsWith('1.5') ? 'round' : 'butt'}
    />
  );
}

export function SeriesPaths({ lines, pinned, lineScale }: SeriesPathsProps) {
  const x = useXAxisScale() as Scale | undefined;
  const y = useYAxisScale() as Scale | undefined;
  const area = usePlotArea();
  const clipId = useId();
  if (x === undefined || y === undefined || area === undefined) return null;
  return (
    <g className="series-layer">
      <defs>
        <clipPath id={clipId}>
          <rect x={area.x} y={area.y - 3} width={area.width} height={area.height + 6} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {pinned.map((line) => (
          <g key={`pinned-${line.id}`} className={`pinned-line pinned-${line.id}`}>
            <Path line={line} x={x} y={y} lineScale={lineScale} />
          </g>
        ))}
        {lines.map((line) => (
          <g key={line.id} className={`series-line series-${line.id}`}>
            <Path line={line} x={x} y={y} lineScale={lineScale} />
          </g>
        ))}
      </g>
    </g>
  );
}
