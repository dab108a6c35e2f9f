/**
 * A chart's legend, which is also its cursor readout: each drawn line's
 * sample and name with its value on the cursor day (and the pinned run's,
 * in grey), and in the first chart an entry naming the pinned run drawn in grey. Props in.
 */
import type { SimulationResult } from '../../core/simulate';
import { valueAt } from '../../state/selectors';
import { formatDay, formatRelative, LEGEND_NOTES, PULSED_LEGEND_NOTES } from '../labels';
import { explicitPulses } from '../../core/scenario/explicit-pulses';
import { PINNED_COLOR } from '../palette';
import type { ChartLine } from './chart-data';
import { LineSample } from './LineSample';
import { GlossaryLink } from '../glossary/GlossaryLink';

/** Legend names that open their glossary entry (where the name alone needs explaining). */
const LEGEND_TERMS: Readonly<Record<string, string>> = { ownTestosterone: 'own-testosterone' };

export interface ChartLegendProps {
  readonly title: string;
  readonly lines: readonly ChartLine[];
  readonly result: SimulationResult;
  readonly pinned: SimulationResult | null;
  readonly pinnedLabel: string | null;
  readonly cursorDay: number;
  /** Name the pinned run's grey lines here (the first chart does; the others share it). */
  readonly namePinned: boolean;
}

export function ChartLegend({ title, lines, result, pinned, pinnedLabel, cursorDay, namePinned }: ChartLegendProps) {
  const day = formatDay(cursorDay, result.scenario.days);
  const notes = explicitPulses(result.scenario) ? { ...LEGEND_NOTES, ...PULSED_LEGEND_NOTES } : LEGEND_NOTES;
  return (
    <ul className="chart-legend" aria-label={`${title}: lines, with their values on day ${day}`}>
      {lines.map((line) => (
        <li key={line.id} data-series={line.id}>
          <LineSample style={line.style} />
          <span className="legend-label" data-legend-label>
            {LEGEND_TERMS[line.id] === undefined ? line.label : <GlossaryLink termId={LEGEND_TERMS[line.id]!}>{line.label}</GlossaryLink>}
            {notes[line.id] !== undefined && <span className="legend-note"> ({notes[line.id]})</span>}
          </span>
          <span className="legend-value">{formatRelative(valueAt(result, line.id, cursorDay))}</span>
          {pinned !== null && (
            <span className="legend-pinned-value">
              <span className="visually-hidden">pinned run: </span>
              {formatRelative(valueAt(pinned, line.id, cursorDay))}
            </span>
          )}
        </li>
      ))}
      {pinned !== null && pinnedLabel !== null && namePinned && (
        <li className="legend-pinned" title={`Pinned run: ${pinnedLabel}`} data-testid="pinned-name">
          <LineSample style={{ color: PINNED_COLOR, dash: '', width: 2 }} />
          <span className="legend-label" data-legend-label>
            Grey: pinned run <span className="pinned-run-name">“{pinnedLabel}”</span>
          </span>
        </li>
      )}
    </ul>
  );
}
