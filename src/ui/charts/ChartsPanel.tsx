/**
 * The play area's charts: reads the result, the pinned run and the view from
 * the store, downsamples once per result × width × scale, and draws one chart
 * per group that has a series to show, sharing the time cursor, the time
 * axis and its x scale with the timeline below them. After a new result has
 * been drawn it leaves a `gonadostat:chart-painted` performance mark (the e2e
 * timing reads it). Container.
 */
import { useId, useLayoutEffect, useMemo, useState } from 'react';
import { summarizeTrajectories } from '../../core/analysis/trajectory-summary';
import { findLesson } from '../../core/lessons';
import { getModel } from '../../core/model/registry';
import { findPreset } from '../../core/scenario/presets';
import { isInFrame } from '../../state/frame-phase';
import { cycleMetricsOf, outputsOf, valueAt } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { useElementSize } from '../hooks/use-element-size';
import { CHART_GROUPS, CYCLE_MEAN_NOTE, formatDay, formatRelative } from '../labels';
import { timeAxis } from './axis-ticks';
import { chartGeometry, chartLines, maxTimeTicks, plotSpan, yAxisFor } from './chart-data';
import { ChartToolbar } from './ChartToolbar';
import { CursorSlider } from './CursorSlider';
import { TrajectoryChart } from './TrajectoryChart';
import { Timeline } from '../timeline/Timeline';

/** Mark name left after a result is painted. */
export const CHART_PAINTED_MARK = 'gonadostat:chart-painted';

/** Tick label size, px: projector-sized in presentation mode. */
const FONT = { normal: 14, presentation: 22 } as const;

export function ChartsPanel() {
  const result = useAppStore((s) => s.result);
  const pinned = useAppStore((s) => s.pinned);
  const hidden = useAppStore((s) => s.hiddenSeries);
  const scale = useAppStore((s) => s.scale);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const readoutPinned = useAppStore((s) => s.readoutPinned);
  const presentation = useAppStore((s) => s.presentation);
  const focus = useAppStore((s) => (s.lessonId !== null && s.lessonPhase === 'result' ? findLesson(s.lessonId)?.focus : s.presetId === null ? undefined : findPreset(s.presetId)?.focus) ?? null);
  const actions = useAppStoreApi().getState();
  const [ref, size] = useElementSize<HTMLDivElement>();
  const [cursorFocused, setCursorFocused] = useState(false);
  const cursorId = useId();
  const width = Math.max(240, size.width);
  const geometry = useMemo(() => chartGeometry(presentation ? FONT.presentation : FONT.normal), [presentation]);

  const charts = useMemo(() => {
    if (result === null) return [];
    const outputs = outputsOf(result);
    const { left, right } = plotSpan(width, geometry);
    // Two points (a min and a max) per bucket of two pixel columns: about one point per column.
    const columns = Math.max(50, Math.floor((right - left) / 2));
    const pinnedOutputs = pinned === null ? [] : outputsOf(pinned.result);
    const known = outputs.map((o) => o.id);
    return CHART_GROUPS.map((group, g) => {
      const own = g === 0 ? [...group.outputs, ...known.filter((id) => !CHART_GROUPS.some((c) => c.outputs.includes(id)))] : group.outputs;
      const ids = own.filter((id) => known.includes(id) && !hidden.includes(id));
      const lines = chartLines(result, outputs, ids, columns, scale);
      const pinnedLines = pinned === null ? [] : chartLines(pinned.result, pinnedOutputs, ids, columns, scale, true);
      const summary = summarizeTrajectories(result.days, lines.map((l) => ({ label: l.label, values: result.series[l.id]! })));
      return { group, lines, pinnedLines, yAxis: yAxisFor([...lines, ...pinnedLines], scale), summary };
    }).filter((c) => c.lines.length > 0);
  }, [result, pinned, hidden, scale, width, geometry]);

  // Scheduled as soon as the new result is in the DOM (a layout effect), for right after the paint that shows it:
  // the frame being drawn when the result came in a frame callback, else the next one.
  useLayoutEffect(() => {
    if (result === null) return;
    let timer = 0;
    const after = (): void => {
      timer = window.setTimeout(() => performance.mark(CHART_PAINTED_MARK), 0);
    };
    if (isInFrame()) {
      after();
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(after);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [result]);

  // Ovulations of a cycling model, marked on the first chart (and said in its words).
  const ovulations = useMemo(() => {
    const metrics = result === null ? null : cycleMetricsOf(result);
    if (metrics === null) return undefined;
    const marked = metrics.ovulations.map((o) => o.lhPeakDay);
    return { days: marked, text: marked.length === 0 ? 'No ovulation in this run.' : `▼ marks each ovulation (LH peak): day ${marked.map((d) => Math.round(d)).join(', ')}.` };
  }, [result]);

  const days = result?.scenario.days ?? 1;
  const time = useMemo(() => timeAxis(days, maxTimeTicks(width, geometry)), [days, width, geometry]);
  const cursorText = result === null ? '' : `day ${formatDay(cursorDay, days)} of ${formatDay(days, days)}${charts.length === 0 ? '' : ': '}${charts
    .flatMap((c) => c.lines.map((l) => `${l.label} ${formatRelative(valueAt(result, l.id, cursorDay))}`))
    .join(', ')}`;
  const outputs = result === null ? [] : outputsOf(result);

  return (
    <section className="panel charts-panel" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="visually-hidden">Hormone trajectories, relative to baseline</h2>
      {result !== null && (
        <ChartToolbar
          outputs={outputs}
          hidden={hidden}
          onSeriesVisible={actions.setSeriesVisible}
          onShowAll={() => actions.focusSeries(outputs.map((o) => o.id))}
          focus={focus}
          onFocus={actions.focusSeries}
          scale={scale}
          onScale={actions.setScale}
          pinnedLabel={pinned?.label ?? null}
          canPin={result !== null}
          onPin={actions.pin}
          onUnpin={actions.unpin}
        />
      )}
      {result !== null && getModel(result.scenario.model).baseline === 'cycle-mean' && (
        <p className="baseline-note" data-testid="baseline-note">{CYCLE_MEAN_NOTE} ▼ on the first chart marks each ovulation (LH peak).</p>
      )}
      <div ref={ref} className="charts" data-testid="charts" data-count={charts.length}>
        {result === null && <p className="placeholder">Simulating…</p>}
        {result !== null && charts.length === 0 && (
          <p className="placeholder">
            No series is shown.{' '}
            <button type="button" className="link-button" onClick={() => actions.focusSeries(outputs.map((o) => o.id))}>Show all series</button>
          </p>
        )}
        {result !== null &&
          charts.map((c, k) => (
            <TrajectoryChart
              key={c.group.id}
              id={`chart-${c.group.id}`}
              title={c.group.title}
              width={width}
              result={result}
              lines={c.lines}
              pinnedLines={c.pinnedLines}
              pinned={pinned?.result ?? null}
              pinnedLabel={pinned?.label ?? null}
              scale={scale}
              yAxis={c.yAxis}
              time={time}
              geometry={geometry}
              lineScale={presentation ? 1.45 : 1}
              axisTitle={k === charts.length - 1}
              namePinned={k === 0}
              summary={c.summary}
              markers={k === 0 ? ovulations : undefined}
              cursorDay={cursorDay}
              onCursorDay={actions.setCursorDay}
              readoutAtCursor={readoutPinned || cursorFocused}
              onReadoutPinned={actions.setReadoutPinned}
            />
          ))}
      </div>
      {result !== null && (
        <CursorSlider
          id={cursorId}
          width={width}
          geometry={geometry}
          days={days}
          cursorDay={cursorDay}
          onCursorDay={actions.setCursorDay}
          valueText={cursorText}
          onFocusChange={setCursorFocused}
        />
      )}
      <Timeline width={width} geometry={geometry} />
    </section>
  );
}
