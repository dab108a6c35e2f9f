/**
 * Uncertainty: N runs with every parameter drawn (seeded) within a fraction
 * of its plausible range, on the worker pool with progress and cancel; the
 * chosen output's 5–95% band and median over time, a summary in words and a
 * CSV export. The same seed gives the same band. Container.
 */
import { useId, useState } from 'react';
import { getModel } from '../../core/model/registry';
import { downsampleMinMax } from '../../core/output/downsample';
import { uncertaintyToCsv } from '../../core/output/sweep-report';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { downloadBlob, fileStem } from '../share/download';
import { useElementWidth } from '../hooks/use-element-width';
import { styleFor } from '../palette';
import { BandChart } from './BandChart';
import { StaleResultNote } from './StaleResultNote';
import { SweepProgress } from './SweepProgress';
import { WorkersField } from './WorkersField';

function wholeIn(text: string, lo: number, hi: number): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

export function UncertaintySection() {
  const model = useAppStore((s) => s.scenario.model);
  const sweep = useAppStore((s) => s.sweep);
  const named = useAppStore((s) => s.uncertainty);
  const result = useAppStore((s) => s.result);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const store = useAppStoreApi();
  const id = useId();
  const [samples, setSamples] = useState('100');
  const [seed, setSeed] = useState('1');
  const [percent, setPercent] = useState('20');
  const [workers, setWorkers] = useState(2);
  const [outputId, setOutputId] = useState('testosterone');
  const [ref, width] = useElementWidth<HTMLElement>();
  const n = wholeIn(samples, 1, 2000);
  const s = wholeIn(seed, -2147483648, 4294967295);
  const fraction = Number(percent) / 100;
  const fractionOk = Number.isFinite(fraction) && fraction > 0 && fraction <= 1;
  const running = sweep?.phase === 'running';
  const report = named?.report;
  const outputs = getModel(model).outputs.filter((o) => report === undefined || report.outputIds.includes(o.id));
  const output = outputs.find((o) => o.id === outputId) ?? outputs[0];
  const current = result !== null && output !== undefined && result.series[output.id] !== undefined ? downsampleMinMax(result.days, result.series[output.id]!, 400) : [];
  const run = (): void => {
    if (n !== null && s !== null && fractionOk) void store.getState().runUncertainty({ samples: n, seed: s, fraction, workers });
  };
  const field = (key: string, label: string, value: string, set: (v: string) => void, error: string | null) => (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="number" step={1} value={value} aria-invalid={error !== null || undefined} aria-describedby={error ? `${id}-${key}-error` : undefined} onChange={(e) => set(e.currentTarget.value)} />
      {error && <p id={`${id}-${key}-error`} className="field-error">{error}</p>}
    </div>
  );
  return (
    <section ref={ref} className="research-block" aria-labelledby="unc-heading">
      <h3 id="unc-heading">Uncertainty</h3>
      <p className="hint">Every parameter is drawn at random within x% of the way to each end of its plausible range, for each run; the band holds the middle 90% of the runs. The same seed gives the same band.</p>
      {getModel(model).baseline === 'cycle-mean' && (
        <p className="hint" data-testid="rhythm-band-note">
          A rhythm: each draw has its own cycle length, so the runs drift out of step and the band widens cycle after cycle
          (over 90 days of a natural cycle, luteal progesterone’s band spans the whole range by the second cycle). Read the
          first cycle here, and compare later ones through the cycle metrics in a sensitivity sweep.
        </p>
      )}
      <div className="sweep-form">
        {field('samples', 'Runs (samples)', samples, setSamples, n === null ? 'a whole number from 1 to 2000' : null)}
        {field('seed', 'Seed', seed, setSeed, s === null ? 'a whole number' : null)}
        {field('fraction', 'Share of the range (%)', percent, setPercent, fractionOk ? null : 'above 0 and at most 100')}
        <WorkersField value={workers} onChange={setWorkers} />
      </div>
      <button type="button" className="button-primary" onClick={run} disabled={running || n === null || s === null || !fractionOk}>
        Run uncertainty
      </button>
      {sweep?.kind === 'uncertainty' && <SweepProgress status={sweep} onCancel={() => store.getState().cancelSweep()} />}
      {report !== undefined && named !== null && output !== undefined && (
        <div className="sweep-result">
          <StaleResultNote scenario={named.scenario} what="uncertainty result" />
          <div className="field band-output">
            <label htmlFor={`${id}-output`}>Output</label>
            <select id={`${id}-output`} value={output.id} onChange={(e) => setOutputId(e.currentTarget.value)}>
              {outputs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <p>
            “{named.scenarioName}”: {report.succeeded} of {report.samples} runs succeeded (seed {report.seed}, {Math.round(report.fraction * 100)}% of each range, {report.parameters.length} parameters).
          </p>
          <BandChart report={report} outputId={output.id} label={output.label} color={styleFor(output.id).color} current={current} width={Math.max(300, width)} cursorDay={cursorDay} />
          <button type="button" onClick={() => downloadBlob(new Blob([uncertaintyToCsv(report)], { type: 'text/csv' }), `${fileStem(named.scenarioName)}-uncertainty.csv`)}>
            Download band CSV
          </button>
        </div>
      )}
    </section>
  );
}
