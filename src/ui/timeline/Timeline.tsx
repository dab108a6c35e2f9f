/**
 * The timeline strip under the charts: every regimen as a bar over the
 * simulated days, on the charts' own x scale (same width, same left and
 * right edges, same ticks), so a day sits at the same x in both and the time
 * cursor lines up. Container: reads the scenario and cursor, and edits
 * regimens through the store.
 */
import { AGENT_INFO } from '../../core/agents/agent-info';
import { AGENT_IDS } from '../../core/model/ids';
import { useAppStore } from '../../state/use-app-store';
import { timeAxis } from '../charts/axis-ticks';
import { dayToX, maxTimeTicks, plotSpan, type ChartGeometry } from '../charts/chart-data';
import { formatDay } from '../labels';
import { AGENT_COLORS, CURSOR_COLOR } from '../palette';
import { TimelineRow } from './TimelineRow';

export interface TimelineProps {
  /** The charts' width and geometry, px. */
  readonly width: number;
  readonly geometry: ChartGeometry;
}

export function Timeline({ width, geometry }: TimelineProps) {
  const scenario = useAppStore((s) => s.scenario);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const updateRegimen = useAppStore((s) => s.updateRegimen);
  const days = scenario.days;
  const { left, right } = plotSpan(width, geometry);
  const row = Math.round(geometry.font * 1.9);
  // The axis is tick marks only: the charts above label the same ticks.
  const axis = 8;
  const rows = scenario.regimens.length;
  const height = Math.max(1, rows) * row + axis;
  const time = timeAxis(days, maxTimeTicks(width, geometry));
  const pxPerDay = (right - left) / days;
  const counts = new Map<string, number>();
  const cursorX = dayToX(cursorDay, days, width, geometry);
  return (
    <section className="timeline-panel" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading" className="visually-hidden">Timeline: drag a bar or its ends to change when an agent is given</h3>
      <div className="timeline" data-testid="timeline">
        <svg width={width} height={height} role="group" aria-label={`Regimens over ${formatDay(days, days)} days`} style={{ fontSize: geometry.font }}>
          {rows === 0 && (
            <text x={left} y={row / 2 + 5} className="timeline-empty">
              No agents given: switch one on under Agents.
            </text>
          )}
          {scenario.regimens.map((r, index) => {
            const info = AGENT_INFO[r.agent];
            const n = (counts.get(r.agent) ?? 0) + 1;
            counts.set(r.agent, n);
            const several = scenario.regimens.filter((o) => o.agent === r.agent).length > 1;
            const name = several ? `${info.displayName} (course ${n})` : info.displayName;
            return (
              <TimelineRow
                key={index}
                regimen={r}
                index={index}
                name={name}
                color={AGENT_COLORS[AGENT_IDS.indexOf(r.agent) % AGENT_COLORS.length]!}
                days={days}
                x0={left}
                xEnd={right}
                pxPerDay={pxPerDay}
                y={index * row}
                height={row}
                onPatch={updateRegimen}
              />
            );
          })}
          <g className="timeline-axis" transform={`translate(0 ${height - axis})`} aria-hidden="true">
            <line x1={left} x2={right} y1={2} y2={2} />
            {time.ticks.map((d) => (
              <line key={d} x1={left + d * pxPerDay} x2={left + d * pxPerDay} y1={-2} y2={6} />
            ))}
          </g>
          <line className="timeline-cursor" x1={cursorX} x2={cursorX} y1={0} y2={height - axis + 4} stroke={CURSOR_COLOR} aria-hidden="true" data-testid="timeline-cursor" />
        </svg>
      </div>
    </section>
  );
}
