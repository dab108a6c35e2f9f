/** Chart controls: which series show, linear or log axis, the time cursor and compare. Props in. */
import { useId } from 'react';
import type { OutputDefinition } from '../../core/model/model-definition';
import { formatDay } from '../labels';
import { LineSample } from './LineSample';
import { styleOf } from './chart-data';

export interface ChartToolbarProps {
  readonly outputs: readonly OutputDefinition[];
  readonly hidden: readonly string[];
  readonly onSeriesVisible: (id: string, visible: boolean) => void;
  readonly scale: 'linear' | 'log';
  readonly onScale: (scale: 'linear' | 'log') => void;
  readonly days: number;
  readonly cursorDay: number;
  readonly onCursorDay: (day: number) => void;
  readonly pinnedLabel: string | null;
  readonly canPin: boolean;
  readonly onPin: () => void;
  readonly onUnpin: () => void;
}

export function ChartToolbar(props: ChartToolbarProps) {
  const { outputs, hidden, onSeriesVisible, scale, onScale, days, cursorDay, onCursorDay } = props;
  const step = days > 120 ? 1 : 0.25;
  const cursorId = useId();
  return (
    <div className="chart-toolbar">
      <fieldset className="series-toggles">
        <legend>Show</legend>
        {outputs.map((o) => (
          <label key={o.id} className="chip" title={o.description}>
            <input type="checkbox" checked={!hidden.includes(o.id)} onChange={(e) => onSeriesVisible(o.id, e.currentTarget.checked)} />
            <LineSample style={styleOf(outputs, o.id)} />
            {o.label}
          </label>
        ))}
      </fieldset>
      <div className="toolbar-row">
        <fieldset className="scale-toggle">
          <legend>Axis</legend>
          {(['linear', 'log'] as const).map((s) => (
            <label key={s} className="chip">
              <input type="radio" name="y-scale" value={s} checked={scale === s} onChange={() => onScale(s)} />
              {s === 'linear' ? 'Linear' : 'Log'}
            </label>
          ))}
        </fieldset>
        <div className="cursor-control">
          <label htmlFor={cursorId}>
            Cursor day{' '}
            <span className="cursor-value" aria-hidden="true">
              {formatDay(cursorDay)}
            </span>
          </label>
          <input
            id={cursorId}
            type="range"
            min={0}
            max={days}
            step={step}
            value={cursorDay}
            aria-valuetext={`day ${formatDay(cursorDay)} of ${formatDay(days)}`}
            onChange={(e) => onCursorDay(Number(e.currentTarget.value))}
          />
        </div>
        <div className="compare-buttons">
          <button type="button" onClick={props.onPin} disabled={!props.canPin}>
            {props.pinnedLabel === null ? 'Pin this run to compare' : 'Pin this run instead'}
          </button>
          {props.pinnedLabel !== null && (
            <button type="button" onClick={props.onUnpin}>
              Unpin
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
