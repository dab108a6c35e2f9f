/** Line chart of the simulated outputs, relative to baseline. Props in; no store access. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResult } from '../core/simulate';
import type { OutputDefinition } from '../core/model/model-definition';
import { SERIES_STYLES } from './palette';

export interface TrajectoryChartProps {
  readonly result: SimulationResult;
  readonly outputs: readonly OutputDefinition[];
}

export function TrajectoryChart({ result, outputs }: TrajectoryChartProps) {
  const rows = Array.from(result.days, (day, k) => {
    const row: Record<string, number> = { day };
    for (const o of outputs) row[o.id] = result.series[o.id]![k]!;
    return row;
  });
  return (
    <figure className="chart" aria-label="Hormone trajectories relative to baseline">
      <ResponsiveContainer width="100%" height={360}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d0d0d0" />
          <XAxis dataKey="day" type="number" domain={['dataMin', 'dataMax']} label={{ value: 'day', position: 'insideBottom', offset: -12 }} />
          <YAxis label={{ value: 'relative to baseline', angle: -90, position: 'insideLeft' }} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(2) : String(v))} labelFormatter={(d) => `day ${Number(d).toFixed(2)}`} />
          <Legend />
          {outputs.map((o, i) => {
            const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
            return (
              <Line key={o.id} dataKey={o.id} name={o.label} stroke={style.color} strokeDasharray={style.dash} dot={false} isAnimationActive={false} strokeWidth={2} />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
