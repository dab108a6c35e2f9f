/**
 * A chart figure: title and legend (with each line's value on the cursor
 * day), the plot filling the space it is given, the time cursor over it, the
 * values under the pointer (hover shows them; a click moves the cursor there
 * and pins them), and the chart in words and as a data table. Props in.
 */
import { useId, useMemo, useState, type PointerEvent } from 'react';
import type { SimulationResult } from '../../core/simulate';
import { roundDay } from '../../core/output/plain-numbers';
import { useElementSize } from '../hooks/use-element-size';
import { dayToX, plotArea, xToDay, type ChartGeometry, type ChartLine, type YAxisSpec } from './chart-data';
import type { TimeAxis } from './axis-ticks';
import { ChartLegend } from './ChartLegend';
import { ChartReadout } from './ChartReadout';
import { DataTable } from './DataTable';
import { TrajectoryPlot } from './TrajectoryPlot';

export interface TrajectoryChartProps {
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly result: SimulationResult;
  readonly lines: readonly ChartLine[];
  readonly pinnedLines: readonly ChartLine[];
  readonly pinned: SimulationResult | null;
  readonly pinnedLabel: string | null;
  readonly scale: 'linear' | 'log';
  readonly yAxis: YAxisSpec;
  readonly time: TimeAxis;
  readonly geometry: ChartGeometry;
  readonly lineScale: number;
  /** Title the time axis (the last chart does; the others share it). */
  readonly axisTitle: boolean;
  /** Name the pinned run in the legend (the first chart does). */
  readonly namePinned: boolean;
  readonly summary: string;
  /** Days to mark on the plot (ovulations), with the words that say so beside the chart. */
  readonly markers?: { readonly days: readonly number[]; readonly text: string } | undefined;
  readonly cursorDay: number;
  readonly onCursorDay: (day: number) => void;
  /** Show the readout at the cursor (pinned by a click, or the cursor slider has focus). */
  readonly readoutAtCursor: boolean;
  readonly onReadoutPinned: (pinned: boolean) => void;
}

export function TrajectoryChart(props: TrajectoryChartProps) {
  const { id, title, width, result, lines, pinnedLines, pinned, pinnedLabel, scale, yAxis, time, geometry, lineScale, summary, cursorDay } = props;
  const days = result.scenario.days;
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 600, height: 240 });
  const height = Math.max(120, box.height);
  const [hover, setHover] = useState<number | null>(null);
  const summaryId = useId();
  // Only the last chart titles the shared time axis; the others keep its ticks in less height.
  const plotGeometry = useMemo(() => (props.axisTitle ? geometry : { ...geometry, xAxisHeight: Math.round(geometry.font * 1.8) }), [geometry, props.axisTitle]);
  const plotTime = useMemo(() => (props.axisTitle ? time : { ...time, title: '' }), [time, props.axisTitle]);
  const { top, bottom } = plotArea(width, height, plotGeometry);
  const dayAt = (event: PointerEvent<HTMLDivElement>): number => {
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    return roundDay(xToDay(x, days, width, geometry), days);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setHover(null);
    props.onCursorDay(dayAt(event));
    props.onReadoutPinned(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.buttons & 1) props.onCursorDay(dayAt(event));
    else if (event.pointerType !== 'touch') setHover(dayAt(event));
  };
  const readoutDay = hover ?? (props.readoutAtCursor ? cursorDay : null);
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={summaryId} data-chart={id}>
      <div className="chart-head">
        <h3 id={`${id}-title`} className="chart-title">{title}</h3>
        <ChartLegend title={title} lines={lines} result={result} pinned={pinned} pinnedLabel={pinnedLabel} cursorDay={cursorDay} namePinned={props.namePinned} />
        <div className="chart-more">
          <details className="chart-words">
            <summary>In words</summary>
            <p id={summaryId} className="chart-summary">{props.markers === undefined ? summary : `${summary} ${props.markers.text}`}</p>
          </details>
          <DataTable caption={`${title}, relative to baseline`} result={result} ids={lines.map((l) => l.id)} labels={lines.map((l) => l.label)} />
        </div>
      </div>
      <div ref={boxRef} className="chart-plot-box">
        <div
          className="chart-plot"
          style={{ width, height }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(null)}
          aria-hidden="true"
        >
          <TrajectoryPlot width={width} height={height} days={days} lines={lines} pinned={pinnedLines} scale={scale} yAxis={yAxis} time={plotTime} geometry={plotGeometry} lineScale={lineScale} markers={props.markers?.days} />
          <div className="chart-cursor" style={{ left: dayToX(cursorDay, days, width, geometry), top, height: bottom - top }} />
        </div>
        {readoutDay !== null && lines.length > 0 && (
          <ChartReadout
            day={readoutDay}
            x={dayToX(readoutDay, days, width, geometry)}
            plotWidth={width}
            top={top}
            bottom={bottom}
            lines={lines}
            result={result}
            pinned={pinned}
            time={time}
            kind={hover !== null ? 'hover' : 'cursor'}
            onDismiss={hover === null ? () => props.onReadoutPinned(false) : undefined}
          />
        )}
      </div>
    </figure>
  );
}
