/**
 * Unlabelled minor ticks of a log axis (2–9 × 10^k between the labelled
 * decades), with faint grid lines, drawn inside a recharts chart with its own
 * y scale. Props in.
 */
import { usePlotArea, useYAxisScale } from 'recharts';

type Scale = (value: number) => number | undefined;

export function MinorTicks({ values, length }: { readonly values: readonly number[]; readonly length: number }) {
  const y = useYAxisScale() as Scale | undefined;
  const area = usePlotArea();
  if (y === undefined || area === undefined) return null;
  let ticks = '';
  let grid = '';
  for (const v of values) {
    const py = y(v);
    if (py === undefined || !Number.isFinite(py) || py < area.y - 0.5 || py > area.y + area.height + 0.5) continue;
    ticks += `M${area.x - length} ${py.toFixed(1)}H${area.x}`;
    grid += `M${area.x} ${py.toFixed(1)}H${area.x + area.width}`;
  }
  return (
    <g className="minor-ticks" aria-hidden="true">
      <path d={grid} stroke="#e6e8ec" strokeWidth={1} />
      <path d={ticks} stroke="#555" strokeWidth={1} />
    </g>
  );
}
