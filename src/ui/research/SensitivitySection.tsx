/**
 * One-at-a-time sensitivity: choose a metric, the ± fraction and optionally
 * the parameters; the sweep runs on the worker pool with progress and cancel;
 * the result is a tornado chart with a table and a CSV export. Container.
 */
import { useId, useState } from 'react';
import { availableMetrics, defaultMetric } from '../../core/analysis/run-metric';
import { sweepableParameters } from '../../core/analysis/sweep';
import { sensitivityToCsv } from '../../core/output/sweep-report';
import { formatNumber } from '../../core/output/format-number';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { downloadBlob, fileStem } from '../share/download';
import { useElementWidth } from '../hooks/use-element-width';
import { StaleResultNote } from './StaleResultNote';
import { SweepProgress } from './SweepProgress';
import { TornadoChart } from './TornadoChart';
import { TornadoTable } from './TornadoTable';
import { WorkersField } from './WorkersField';

export function SensitivitySection() {
  const scenario = useAppStore((s) => s.scenario);
  const sweep = useAppStore((s) => s.sweep);
  const result = useAppStore((s) => s.sensitivity);
  const store = useAppStoreApi();
  const id = useId();
  const metrics = availableMetrics(scenario.model);
  // null until the user picks one: then the model's default (its rhythm's for a cycling model).
  const [metric, setMetric] = useState<string | null>(null);
  const [percent, setPercent] = useState('20');
  const [chosen, setChosen] = useState<string[]>([]);
  const [workers, setWorkers] = useState(2);
  const [ref, width] = useElementWidth<HTMLElement>();
  const candidates = sweepableParameters(scenario);
  const metricId = metric !== null && metrics.some((m) => m.id === metric) ? metric : defaultMetric(scenario.model);
  const fraction = Number(percent) / 100;
  const fractionError = Number.isFinite(fraction) && fraction > 0 && fraction <= 1 ? null : 'enter a percentage above 0 and at most 100';
  const running = sweep?.phase === 'running';
  const parameters = chosen.filter((p) => candidates.some((c) => c.id === p));
  const label = (mid: string): string => metrics.find((m) => m.id === mid)?.label ?? mid;
  const run = (): void => {
    if (fractionError === null) void store.getState().runSensitivity({ metric: metricId, fraction, parameters, workers });
  };
  const report = result?.report;
  const top = report?.rows[0];
  return (
    <section ref={ref} className="research-block" aria-labelledby="sens-heading">
      <h3 id="sens-heading">Sensitivity</h3>
      <p className="hint">Each parameter is moved by ±x% on its own (clipped to its plausible range) and the metric re-measured; the longest bars matter most.</p>
      <div className="sweep-form">
        <div className="field">
          <label htmlFor={`${id}-metric`}>Metric</label>
          <select id={`${id}-metric`} value={metricId} onChange={(e) => setMetric(e.currentTarget.value)}>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${fractionError ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-fraction`}>Change ± (%)</label>
          <input id={`${id}-fraction`} type="number" min={1} max={100} step={1} value={percent} aria-invalid={fractionError !== null || undefined} aria-describedby={fractionError ? `${id}-fraction-error` : undefined} onChange={(e) => setPercent(e.currentTarget.value)} />
          {fractionError && <p id={`${id}-fraction-error`} className="field-error">{fractionError}</p>}
        </div>
        <div className="field sweep-params">
          <label htmlFor={`${id}-params`}>Parameters (none chosen: all {candidates.length})</label>
          <select id={`${id}-params`} multiple size={5} value={parameters} onChange={(e) => setChosen(Array.from(e.currentTarget.selectedOptions, (o) => o.value))}>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id}
              </option>
            ))}
          </select>
        </div>
        <WorkersField value={workers} onChange={setWorkers} />
      </div>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={run} disabled={running || fractionError !== null}>
          Run sensitivity
        </button>
        {parameters.length > 0 && (
          <button type="button" className="link-button" onClick={() => setChosen([])}>
            Use all parameters
          </button>
        )}
      </div>
      {sweep?.kind === 'sensitivity' && <SweepProgress status={sweep} onCancel={() => store.getState().cancelSweep()} />}
      {report !== undefined && result !== null && (
        <div className="sweep-result" data-testid="tornado-result">
          <StaleResultNote scenario={result.scenario} what="sensitivity result" />
          <p>
            {label(report.metric)} in “{result.scenarioName}”: base {report.baseValue === null ? 'failed' : formatNumber(report.baseValue, 3)}
            {report.baseCensored ? ' (censored: beyond the simulated window, a lower bound)' : ''}.
            {top?.swing != null && ` The largest swing, ${formatNumber(top.swing, 3)}, comes from ${top.parameter}.`}
            {report.failedRuns > 0 && ` ${report.failedRuns} runs failed (see the table).`}
          </p>
          <TornadoChart report={report} metricLabel={label(report.metric)} unit={metrics.find((m) => m.id === report.metric)?.unit ?? ''} width={Math.max(300, width)} />
          <TornadoTable report={report} />
          <button type="button" onClick={() => downloadBlob(new Blob([sensitivityToCsv(report)], { type: 'text/csv' }), `${fileStem(result.scenarioName)}-sensitivity.csv`)}>
            Download sensitivity CSV
          </button>
        </div>
      )}
    </section>
  );
}
