/**
 * The charts container: reads the result, the pinned run and the view from
 * the store, downsamples once per result × width × scale, and draws one chart
 * per group with the shared cursor. After a new result has been drawn it
 * leaves a `gonadostat:chart-painted` performance mark (the e2e timing reads it).
 */
import { useEffect, useMemo } from 'react';
import { summarizeTrajectories } from '../../core/analysis/trajectory-summary';
import { outputsOf } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { useElementWidth } from '../hooks/use-element-width';
import { CHART_GROUPS } from '../labels';
import { chartLines, plotSpan, yDomain } from './chart-data';
import { ChartToolbar } from './ChartToolbar';
import { TrajectoryChart } from './TrajectoryChart';

/** Mark name left after a result is painted. */
export const CHART_PAINTED_MARK = 'gonadostat:chart-painted';

export function ChartsPanel() {
  const result = useAppStore((s) => s.result);
  const pinned = useAppStore((s) => s.pinned);
  const hidden = useAppStore((s) => s.hiddenSeries);
  const scale = useAppStore((s) => s.scale);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const actions = useAppStoreApi().getState();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const chartWidth = Math.max(280, width);
  // Tall enough to read on a projector, short enough that a 720 px-high screen shows the first chart whole.
  const viewportHeight = typeof window === 'undefined' ? 800 : window.innerHeight;
  const height = chartWidth < 560 ? 250 : Math.round(Math.min(340, Math.max(240, viewportHeight * 0.4)));

  const charts = useMemo(() => {
    if (result === null) return [];
    const outputs = outputsOf(result);
    const { left, right } = plotSpan(chartWidth);
    // Two points (a min and a max) per bucket of two pixel columns: about one point per column.
    const columns = Math.max(50, Math.floor((right - left) / 2));
    const pinnedOutputs = pinned === null ? [] : outputsOf(pinned.result);
    return CHART_GROUPS.map((group, g) => {
      const ids = outputs
        .map((o) => o.id)
        .filter((id) => (group.outputs.includes(id) || (g === 0 && !CHART_GROUPS.some((c) => c.outputs.includes(id)))) && !hidden.includes(id));
      const lines = chartLines(result, outputs, ids, columns, scale);
      const pinnedLines = pinned === null ? [] : chartLines(pinned.result, pinnedOutputs, ids, columns, scale);
      const summary = summarizeTrajectories(result.days, ids.map((id) => ({ label: outputs.find((o) => o.id === id)!.label, values: result.series[id]! })));
      return { group, lines, pinnedLines, domain: yDomain([...lines, ...pinnedLines], scale), summary };
    }).filter((c) => c.lines.length > 0);
  }, [result, pinned, hidden, scale, chartWidth]);

  useEffect(() => {
    if (result === null) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => performance.mark(CHART_PAINTED_MARK), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [result]);

  return (
    <section className="panel charts-panel" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Hormone trajectories, relative to baseline</h2>
      {result !== null && (
        <ChartToolbar
          outputs={outputsOf(result)}
          hidden={hidden}
          onSeriesVisible={actions.setSeriesVisible}
          scale={scale}
          onScale={actions.setScale}
          days={result.scenario.days}
          cursorDay={cursorDay}
          onCursorDay={actions.setCursorDay}
          pinnedLabel={pinned?.label ?? null}
          canPin={result !== null}
          onPin={actions.pin}
          onUnpin={actions.unpin}
        />
      )}
      <div ref={ref} className="charts" data-testid="charts">
        {result === null && <p className="placeholder">Simulating…</p>}
        {result !== null && charts.length === 0 && <p className="placeholder">No series selected: tick one under “Show”.</p>}
        {result !== null &&
          charts.map((c) => (
            <TrajectoryChart
              key={c.group.id}
              id={`chart-${c.group.id}`}
              title={c.group.title}
              width={chartWidth}
              height={height}
              result={result}
              lines={c.lines}
              pinned={c.pinnedLines}
              pinnedLabel={pinned?.label ?? null}
              scale={scale}
              domain={c.domain}
              summary={c.summary}
              cursorDay={cursorDay}
              onCursorDay={actions.setCursorDay}
            />
          ))}
      </div>
    </section>
  );
}
