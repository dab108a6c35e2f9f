/**
 * One entry of a model's parameter record: the single source of truth that
 * sliders, docs and validation all read. No parameter literal lives elsewhere.
 */
import type { ConditionId, PulseOption } from './ids';

export interface ParameterDefinition {
  /** Scenario-file id, lower camelCase (e.g. `lhHalfLifeHours`). */
  readonly id: string;
  /** Default value, in `unit`. */
  readonly value: number;
  /** Unit, written out (e.g. "h", "1/h", "dimensionless"). */
  readonly unit: string;
  /** What it means, in a sentence. */
  readonly meaning: string;
  /** Plausible range (inclusive); scenario overrides outside it are rejected. */
  readonly min: number;
  readonly max: number;
  /** Where the value comes from: author and year, or "calibrated: <target>". */
  readonly source: string;
  /** Grouping for the parameter panel (e.g. "hypothalamus", "pituitary"). */
  readonly group?: string;
  /**
   * When the parameter matters at all: only with this condition, or only with
   * the explicit pulses this option turns on. Analyses skip it otherwise (it would have no effect).
   */
  readonly onlyWith?: ConditionId | PulseOption;
  /** Describes the subject, not the model (outputs stay relative to a healthy man); sweeps skip it unless named. */
  readonly subjectKnob?: boolean;
}

/** The definitions with these ids from a record, in the order asked; a missing id is a programming error. */
export function parametersById(record: readonly ParameterDefinition[], ...ids: string[]): ParameterDefinition[] {
  return ids.map((id) => {
    const p = record.find((q) => q.id === id);
    if (!p) throw new Error(`no parameter ${id}`);
    return p;
  });
}

/** Parameter values by id, as the model's right-hand side reads them. */
export type ParameterValues = Readonly<Record<string, number>>;

/** Defaults of a parameter record, overridden by `overrides` (which must already be validated). */
export function resolveParameters(
  record: readonly ParameterDefinition[],
  overrides: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const p of record) values[p.id] = overrides[p.id] ?? p.value;
  return values;
}
