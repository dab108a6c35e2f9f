/**
 * JSON of a simulation: the CSV's columns plus metadata (model, parameters used,
 * the subject's baseline, solver statistics, and the model's known limits for the
 * scenario when it has any). Format tag `gonadostat-result/1`.
 */
import type { SimulationResult } from '../simulate';
import { getModel } from '../model/registry';
import { formatNumber } from './format-number';
import { modelLimitsFor } from '../scenario/model-limits';

/** Format tag of result files. */
export const RESULT_FORMAT = 'gonadostat-result/1';

/** A plain object ready for JSON.stringify. `extra` adds fields (e.g. recovery metrics). */
export function resultToJson(result: SimulationResult, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const model = getModel(result.scenario.model);
  const round = (a: Float64Array, digits: number): number[] => Array.from(a, (v) => Number(formatNumber(v, digits)));
  const series: Record<string, number[]> = { day: round(result.days, 8) };
  for (const id of result.outputIds) series[id] = round(result.series[id]!, 6);
  const limits = modelLimitsFor(result.scenario).map(({ id, title, text }) => ({ id, title, text }));
  return {
    format: RESULT_FORMAT,
    model: { id: model.id, name: model.name },
    scenario: result.scenario,
    parameters: result.parameters,
    subjectBaseline: result.subjectBaseline,
    solver: result.stats,
    relativeTo: model.baseline === 'cycle-mean' ? 'mean over the healthy untreated reference cycle (1 = its average)' : 'healthy untreated steady state (1 = baseline)',
    ...(limits.length > 0 ? { modelLimits: limits } : {}),
    ...extra,
    series,
  };
}
