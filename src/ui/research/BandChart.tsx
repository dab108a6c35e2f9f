/**
 * The uncertainty band of one output over time: the 5–95% band of the runs
 * (shaded), their median (solid) and the current run (dashed), with a legend
 * and a sentence in words. Props in.
 */
import { CartesianGrid, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { UncertaintyReport } from '../../core/analysis/uncertainty';
import type { XYPoint } from '../../core/output/downsample';
import { bandDomain, bandPoints, bandSentence } from './band-data';
import { BandPaths } from './BandPaths';

export interface BandChartProps {
  readonly report: UncertaintyReport;
  readonly outputId: string;
  readonly label: string;
  readonly color: string;
  readonly current: readonly XYPoint[];
  readonly width: number;
  readonly cursorDay: number;
}

export function BandChart({ report, outputId, label, color, current, width, cursorDay }: BandChartProps) {
  const band = bandPoints(report, outputId, Math.max(100, Math.floor(width / 2)));
  const days = report.days.length > 0 ? report.days[report.days.length - 1]! : 1;
  const height = Math.round(Math.min(340, Math.max(220, width * 0.38)));
  const title = `${label}: 5–95% band of ${report.succeeded} runs`;
  return (
    <figure className="chart-figure band-chart" aria-labelledby="band-title" data-testid="band-chart">
      <h4 id="band-title" className="chart-title">{title}</h4>
      <div aria-hidden="true">
        <LineChart width={width} height={height} margin={{ top: 12, right: 20, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5d5d5" strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" domain={[0, days]} allowDataOverflow height={44} tick={{ fontSize: 14, fill: '#333' }} label={{ value: 'Day', position: 'insideBottom', offset: 0, fontSize: 15, fill: '#222' }} />
          <YAxis type="number" dataKey="y" domain={bandDomain(band)} allowDataOverflow width={64} tick={{ fontSize: 14, fill: '#333' }} />
          <ReferenceLine y={1} stroke="#555" strokeWidth={1.5} />
          <ReferenceLine x={Math.min(days, cursorDay)} stroke="#c00000" strokeDasharray="5 4" />
          <BandPaths band={band} current={current} color={color} />
        </LineChart>
      </div>
      <ul className="chart-legend" aria-label="Band chart: key">
        <li><span className="band-swatch" style={{ background: color }} aria-hidden="true" />5–95% of runs</li>
        <li><span className="band-median-swatch" style={{ borderColor: color }} aria-hidden="true" />median</li>
        <li><span className="band-current-swatch" aria-hidden="true" />current run (dashed)</li>
      </ul>
      <figcaption className="chart-summary">
        {bandSentence(report, outputId, label, cursorDay)} {bandSentence(report, outputId, label, days)}
      </figcaption>
    </figure>
  );
}
