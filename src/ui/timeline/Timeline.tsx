/**
 * The timeline strip: every regimen as a bar over the simulated days, with
 * the shared time cursor. Container: reads the scenario and cursor, and edits
 * regimens through the store.
 */
import { AGENT_INFO } from '../../core/agents/agent-info';
import { AGENT_IDS } from '../../core/model/ids';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { useElementWidth } from '../hooks/use-element-width';
import { formatDay } from '../labels';
import { SERIES_STYLES } from '../palette';
import { TimelineRow } from './TimelineRow';

const ROW = 34;
/** On narrow screens the label goes above its bar, so rows are taller. */
const LABEL_ABOVE = 16;
const AXIS = 26;
const NARROW = 560;

/** About six round tick days across the window. */
function tickDays(days: number): number[] {
  const step = [1, 2, 7, 14, 28, 30, 60, 90, 180, 365, 730].find((s) => days / s <= 7) ?? 1000;
  const ticks: number[] = [];
  for (let d = 0; d <= days; d += step) ticks.push(d);
  return ticks;
}

export function Timeline() {
  const scenario = useAppStore((s) => s.scenario);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const store = useAppStoreApi();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < NARROW;
  const labelWidth = narrow ? 0 : Math.min(190, Math.round(width * 0.3));
  const x0 = narrow ? 14 : labelWidth + 10;
  const pxPerDay = (width - x0 - 14) / scenario.days;
  const rows = scenario.regimens.length;
  const rowHeight = narrow ? ROW + LABEL_ABOVE : ROW;
  const height = Math.max(1, rows) * rowHeight + AXIS;
  const counts = new Map<string, number>();
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <div ref={ref} className="timeline">
        <svg width={width} height={height} role="group" aria-label={`Regimens over ${formatDay(scenario.days)} days`}>
          {rows === 0 && (
            <text x={x0} y={ROW / 2 + 5} className="timeline-empty">
              No agents given: switch one on under Agents.
            </text>
          )}
          {scenario.regimens.map((r, index) => {
            const info = AGENT_INFO[r.agent];
            const n = (counts.get(r.agent) ?? 0) + 1;
            counts.set(r.agent, n);
            const several = scenario.regimens.filter((o) => o.agent === r.agent).length > 1;
            const name = several ? `${info.displayName} (course ${n})` : info.displayName;
            const color = SERIES_STYLES[AGENT_IDS.indexOf(r.agent) % SERIES_STYLES.length]!.color;
            return (
              <g key={index}>
                <text
                  x={narrow ? x0 : labelWidth}
                  y={narrow ? index * rowHeight + 13 : index * ROW + ROW / 2 + 5}
                  textAnchor={narrow ? 'start' : 'end'}
                  className="timeline-label"
                >
                  {name}
                </text>
                <TimelineRow
                  regimen={r}
                  index={index}
                  name={name}
                  color={color === '#F0E442' ? '#B8A800' : color}
                  days={scenario.days}
                  x0={x0}
                  pxPerDay={pxPerDay}
                  y={index * rowHeight + (narrow ? LABEL_ABOVE : 0)}
                  height={ROW}
                  onPatch={(i, patch) => store.getState().updateRegimen(i, patch)}
                />
              </g>
            );
          })}
          <g className="timeline-axis" transform={`translate(0 ${height - AXIS})`} aria-hidden="true">
            <line x1={x0} x2={x0 + scenario.days * pxPerDay} y1={2} y2={2} />
            {tickDays(scenario.days).map((d, i, all) => (
              <text key={d} x={x0 + d * pxPerDay} y={20} textAnchor={i === 0 ? 'start' : i === all.length - 1 && d * pxPerDay > width - x0 - 30 ? 'end' : 'middle'}>
                {d === 0 ? 'day 0' : formatDay(d)}
              </text>
            ))}
          </g>
          <line
            className="timeline-cursor"
            x1={x0 + cursorDay * pxPerDay}
            x2={x0 + cursorDay * pxPerDay}
            y1={0}
            y2={height - AXIS + 4}
            aria-hidden="true"
          />
        </svg>
      </div>
    </section>
  );
}
