/**
 * One regimen as a bar over the simulated days, with a start handle and an
 * end handle. Handles are sliders: arrow keys move them by a day (Page Up/Down
 * by a week, Home/End to the limits); a pointer can drag either handle, or the
 * bar to move both. Props in.
 */
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Regimen } from '../../core/scenario/types';
import { bolusTimesHours } from '../../core/scenario/regimen-schedule';
import type { RegimenPatch } from '../../state/scenario-edits';
import { formatDay } from '../labels';

export interface TimelineRowProps {
  readonly regimen: Regimen;
  readonly index: number;
  readonly name: string;
  readonly color: string;
  readonly days: number;
  /** x of day 0, x of the last day, and px per day. */
  readonly x0: number;
  readonly xEnd: number;
  readonly pxPerDay: number;
  readonly y: number;
  readonly height: number;
  readonly onPatch: (index: number, patch: RegimenPatch) => boolean;
}

type Drag = { kind: 'from' | 'until' | 'move'; startX: number; from: number; until: number };

const HANDLE = 12;

/** Memoized: a row redraws only when its own regimen (kept by identity across edits) or the geometry changes. */
export const TimelineRow = memo(function TimelineRow({ regimen, index, name, color, days, x0, xEnd, pxPerDay, y, height, onPatch }: TimelineRowProps) {
  const drag = useRef<Drag | null>(null);
  const from = regimen.fromDay;
  const until = Math.min(regimen.untilDay ?? days, days);
  const xFrom = x0 + from * pxPerDay;
  const xUntil = x0 + until * pxPerDay;
  const setFrom = (d: number): void => void onPatch(index, { fromDay: Math.max(0, Math.min(d, until)) });
  const setUntil = (d: number): void => {
    const clamped = Math.max(from, Math.min(d, days));
    onPatch(index, { untilDay: clamped >= days ? null : clamped });
  };
  const keys = (set: (d: number) => void, value: number, lo: number, hi: number) => (event: KeyboardEvent<SVGElement>) => {
    const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 }[event.key];
    if (step !== undefined) set(value + step);
    else if (event.key === 'Home') set(lo);
    else if (event.key === 'End') set(hi);
    else return;
    event.preventDefault();
  };
  const start = (kind: Drag['kind']) => (event: PointerEvent<SVGElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { kind, startX: event.clientX, from, until };
    event.preventDefault();
  };
  const move = (event: PointerEvent<SVGElement>): void => {
    const d = drag.current;
    if (d === null) return;
    const delta = Math.round((event.clientX - d.startX) / pxPerDay);
    if (d.kind === 'from') setFrom(d.from + delta);
    else if (d.kind === 'until') setUntil(d.until + delta);
    else {
      const shift = Math.max(-d.from, Math.min(delta, days - d.until));
      const end = d.until + shift;
      onPatch(index, { fromDay: d.from + shift, untilDay: end >= days ? null : end });
    }
  };
  const end = (): void => {
    drag.current = null;
  };
  // The name goes inside the bar when it fits, else after the bar's end, else before its start, so the handles never cover it.
  const textWidth = name.length * 7.6 + 20;
  const place = xUntil - xFrom >= textWidth ? 'inside' : xEnd - xUntil >= textWidth ? 'after' : xFrom - x0 >= textWidth ? 'before' : 'inside';
  const labelX = place === 'after' ? xUntil + 10 : place === 'before' ? xFrom - 10 : Math.max(x0, xFrom) + 10;
  const ticks = bolusTimesHours(regimen, days).map((h) => h / 24);
  const showTicks = ticks.length > 0 && ticks.length * 3 < (xUntil - xFrom);
  const handle = (kind: 'from' | 'until', x: number, value: number, lo: number, hi: number, set: (d: number) => void) => (
    <rect
      className="timeline-handle"
      role="slider"
      tabIndex={0}
      aria-label={`${name} ${kind === 'from' ? 'start' : 'end'} day`}
      aria-valuemin={lo}
      aria-valuemax={hi}
      aria-valuenow={value}
      aria-valuetext={`day ${formatDay(value, days)}`}
      aria-orientation="horizontal"
      x={x - HANDLE / 2}
      y={y + 2}
      width={HANDLE}
      height={height - 4}
      rx={3}
      onKeyDown={keys(set, value, lo, hi)}
      onPointerDown={start(kind)}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
  return (
    <g className="timeline-row" data-regimen={index}>
      <rect
        className="timeline-bar"
        x={xFrom}
        y={y + 3}
        width={Math.max(2, xUntil - xFrom)}
        height={height - 6}
        rx={4}
        fill={color}
        fillOpacity={regimen.mode === 'infusion' ? 0.35 : 0.16}
        stroke={color}
        onPointerDown={start('move')}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      >
        <title>{`${name}: day ${formatDay(from, days)} to ${formatDay(until, days)}. Drag the bar to move it, or drag its ends.`}</title>
      </rect>
      {showTicks && (
        <path
          d={ticks.map((t) => `M${(x0 + t * pxPerDay).toFixed(1)} ${y + 5}v${height - 10}`).join('')}
          stroke={color}
          strokeWidth={1.5}
          strokeOpacity={0.45}
          pointerEvents="none"
        />
      )}
      <text
        x={labelX}
        y={y + height / 2}
        dy="0.35em"
        textAnchor={place === 'before' ? 'end' : 'start'}
        className="timeline-label"
        pointerEvents="none"
      >
        {name}
      </text>
      {handle('from', xFrom, from, 0, until, setFrom)}
      {handle('until', xUntil, until, from, days, setUntil)}
    </g>
  );
});
