/**
 * The values under the pointer: a box beside a vertical line at one day,
 * with the day and each drawn series' value there (and the pinned run's, in
 * grey). It follows the pointer while hovering; it stays at the time cursor
 * when the readout is pinned (a click on the chart) or the cursor slider has
 * keyboard focus. Visual only: the legend and the slider's value text say the
 * same to assistive technology. Props in.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { SimulationResult } from '../../core/simulate';
import { valueAt } from '../../state/selectors';
import { formatDay, formatRelative } from '../labels';
import type { ChartLine } from './chart-data';
import { inAxisUnit, type TimeAxis } from './axis-ticks';
import { LineSample } from './LineSample';

export interface ChartReadoutProps {
  readonly day: number;
  /** x of the day within the plot box, px. */
  readonly x: number;
  readonly plotWidth: number;
  readonly top: number;
  readonly bottom: number;
  readonly lines: readonly ChartLine[];
  readonly result: SimulationResult;
  readonly pinned: SimulationResult | null;
  readonly time: TimeAxis;
  /** 'hover' follows the pointer; 'cursor' stands at the time cursor. */
  readonly kind: 'hover' | 'cursor';
  readonly onDismiss?: () => void;
}

/** Gap between the day's line and the box, px. */
const GAP = 10;

export function ChartReadout({ day, x, plotWidth, top, bottom, lines, result, pinned, time, kind, onDismiss }: ChartReadoutProps) {
  const days = result.scenario.days;
  const unit = inAxisUnit(day, time);
  const box = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(0);
  // The box goes right of the line when it fits there, else left of it, else against the plot's edge.
  useLayoutEffect(() => {
    const width = box.current?.offsetWidth ?? 0;
    if (width !== boxWidth) setBoxWidth(width);
  }, [day, lines, pinned, boxWidth]);
  const left = x + GAP + boxWidth <= plotWidth ? x + GAP : x - GAP - boxWidth >= 0 ? x - GAP - boxWidth : Math.max(0, plotWidth - boxWidth);
  return (
    <div className={`chart-readout is-${kind}`} aria-hidden="true" data-testid={`readout-${kind}`}>
      {kind === 'hover' && <div className="readout-line" style={{ left: x, top, height: bottom - top }} />}
      <div
        ref={box}
        className="readout-box"
        style={{ left, top: top + 4 }}
        onPointerDown={(e) => {
          e.stopPropagation();
          onDismiss?.();
        }}
        title={kind === 'cursor' && onDismiss !== undefined ? 'Click to hide' : undefined}
      >
        <p className="readout-day">
          Day {formatDay(day, days)}
          {unit !== '' && <span className="readout-unit"> · {unit}</span>}
        </p>
        <table>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <td><LineSample style={line.style} /></td>
                <th scope="row">{line.label}</th>
                <td className="readout-value">{formatRelative(valueAt(result, line.id, day))}</td>
                {pinned !== null && <td className="readout-pinned">{formatRelative(valueAt(pinned, line.id, day))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        {pinned !== null && <p className="readout-note">grey: pinned run</p>}
      </div>
    </div>
  );
}
