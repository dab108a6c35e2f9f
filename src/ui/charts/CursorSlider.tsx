/**
 * The time cursor as a slider under the charts, laid on their x scale: its
 * thumb sits exactly under the cursor line (the thumb's centre runs from the
 * plot's left edge to its right edge), labelled with the cursor day in the
 * y axis' gutter. Arrow keys move it by the run's day
 * step; its value text reads the day and the drawn series' values there, and
 * while it has focus the charts show their values at the cursor. Props in.
 */
import { dayStep } from '../../core/output/plain-numbers';
import { formatDay } from '../labels';
import { plotSpan, type ChartGeometry } from './chart-data';

/** Half the width of Chromium's and Firefox's range thumb, px (the thumb's centre stops this far inside the track). */
const THUMB_HALF = 8;
/** How far the day label may reach into the panel's padding, px. */
const LABEL_OVERHANG = 12;

export interface CursorSliderProps {
  readonly id: string;
  readonly width: number;
  readonly geometry: ChartGeometry;
  readonly days: number;
  readonly cursorDay: number;
  readonly onCursorDay: (day: number) => void;
  /** What the slider announces: the day and the drawn series' values there. */
  readonly valueText: string;
  readonly onFocusChange: (focused: boolean) => void;
}

export function CursorSlider({ id, width, geometry, days, cursorDay, onCursorDay, valueText, onFocusChange }: CursorSliderProps) {
  const { left, right } = plotSpan(width, geometry);
  return (
    <div className="cursor-slider" style={{ marginLeft: -LABEL_OVERHANG, gridTemplateColumns: `${left - THUMB_HALF + LABEL_OVERHANG}px ${right - left + 2 * THUMB_HALF}px` }}>
      <label htmlFor={id} className="cursor-label">
        <span className="visually-hidden">Cursor </span>
        <span className="cursor-day-word">day</span> <span className="cursor-value">{formatDay(cursorDay, days)}</span>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={days}
        step={dayStep(days)}
        value={cursorDay}
        aria-valuetext={valueText}
        onChange={(e) => onCursorDay(Number(e.currentTarget.value))}
        onFocus={() => onFocusChange(true)}
        onBlur={() => onFocusChange(false)}
      />
    </div>
  );
}
