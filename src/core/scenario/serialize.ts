/**
 * Writes a scenario as a `gonadostat-scenario/1` file: 2-space JSON with keys
 * in canonical order (the order of docs/scenario-format.md), optional fields
 * left out when undefined and parameter overrides sorted by id, so the same
 * scenario always gives the same text and saved files diff cleanly.
 * `parseScenario(JSON.parse(serializeScenario(s)))` gives back `s`.
 */
import type { ConditionEntry, Regimen, Scenario } from './types';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

/** The scenario as file text (ends with a newline). */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(toCanonicalJson(scenario), null, 2)}\n`;
}

/** The scenario as a plain JSON value in canonical key order. */
export function toCanonicalJson(s: Scenario): Json {
  return withoutUndefined({
    format: s.format,
    name: s.name,
    description: s.description,
    model: s.model,
    days: s.days,
    subject: { conditions: s.subject.conditions.map(conditionJson) },
    regimens: s.regimens.map(regimenJson),
    parameters: Object.fromEntries(Object.entries(s.parameters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    output: { everyHours: s.output.everyHours },
    options: s.options === undefined ? undefined : withoutUndefined({ gnrhPulses: s.options.gnrhPulses, ghPulses: s.options.ghPulses }),
  });
}

function conditionJson(entry: ConditionEntry): Json {
  return typeof entry === 'string' ? entry : { id: entry.id, fromDay: entry.fromDay };
}

function regimenJson(r: Regimen): Json {
  return withoutUndefined({
    agent: r.agent,
    dose: r.dose,
    mode: r.mode,
    everyDays: r.everyDays,
    everyHours: r.everyHours,
    fromDay: r.fromDay,
    untilDay: r.untilDay,
  });
}

/** A copy without undefined-valued keys, keeping key order. */
function withoutUndefined(record: { readonly [key: string]: Json | undefined }): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}
