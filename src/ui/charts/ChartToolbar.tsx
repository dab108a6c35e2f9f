/** Chart controls in one row: which series show, linear or log axis, and pinning a run to compare. Props in. */
import { useId } from 'react';
import type { OutputDefinition } from '../../core/model/model-definition';
import { SeriesMenu, type SeriesMenuProps } from './SeriesMenu';

export interface ChartToolbarProps extends SeriesMenuProps {
  readonly outputs: readonly OutputDefinition[];
  readonly scale: 'linear' | 'log';
  readonly onScale: (scale: 'linear' | 'log') => void;
  readonly pinnedLabel: string | null;
  readonly canPin: boolean;
  readonly onPin: () => void;
  readonly onUnpin: () => void;
}

export function ChartToolbar(props: ChartToolbarProps) {
  const { scale, onScale } = props;
  const scaleName = useId();
  return (
    <div className="chart-toolbar">
      <SeriesMenu {...props} />
      <fieldset className="scale-toggle">
        <legend className="visually-hidden">Level axis</legend>
        {(['linear', 'log'] as const).map((s) => (
          <label key={s} className="chip">
            <input type="radio" name={scaleName} value={s} checked={scale === s} onChange={() => onScale(s)} />
            {s === 'linear' ? 'Linear' : 'Log'}
          </label>
        ))}
      </fieldset>
      <div className="compare-buttons">
        <button type="button" onClick={props.onPin} disabled={!props.canPin}>
          {props.pinnedLabel === null ? 'Pin to compare' : 'Pin this run'}
        </button>
        {props.pinnedLabel !== null && (
          <button type="button" onClick={props.onUnpin}>
            Unpin
          </button>
        )}
      </div>
    </div>
  );
}
