/**
 * Which series the charts draw: a button showing how many are on, opening a
 * list of every output with a checkbox (its line sample and what it means),
 * "Show all" and, when a preset or lesson chose a focus, "Back to the focus".
 * Escape or a click outside closes it. Props in.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { OutputDefinition } from '../../core/model/model-definition';
import { styleFor } from '../palette';
import { LineSample } from './LineSample';

export interface SeriesMenuProps {
  readonly outputs: readonly OutputDefinition[];
  readonly hidden: readonly string[];
  readonly onSeriesVisible: (id: string, visible: boolean) => void;
  readonly onShowAll: () => void;
  /** The focus to go back to, or null when there is none. */
  readonly focus: readonly string[] | null;
  readonly onFocus: (ids: readonly string[]) => void;
}

export function SeriesMenu({ outputs, hidden, onSeriesVisible, onShowAll, focus, onFocus }: SeriesMenuProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const shown = outputs.filter((o) => !hidden.includes(o.id)).length;
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent): void => {
      if (ref.current !== null && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);
  const atFocus = focus !== null && outputs.every((o) => hidden.includes(o.id) !== focus.includes(o.id));
  return (
    <div ref={ref} className="series-menu">
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Series<span className="series-count">{shown} of {outputs.length}</span> <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="series-panel" hidden={!open}>
        <fieldset className="series-toggles">
          <legend>Show on the charts</legend>
          {outputs.map((o) => (
            <label key={o.id} className="series-choice">
              <input type="checkbox" checked={!hidden.includes(o.id)} onChange={(e) => onSeriesVisible(o.id, e.currentTarget.checked)} />
              <LineSample style={styleFor(o.id)} />
              <span>
                <span className="series-name">{o.label}</span>
                <span className="series-meaning">{o.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="button" onClick={onShowAll} disabled={shown === outputs.length}>Show all</button>
          {focus !== null && (
            <button type="button" onClick={() => onFocus(focus)} disabled={atFocus}>Back to the focus</button>
          )}
        </div>
      </div>
    </div>
  );
}
