/**
 * The scenario fuzz run: seeded random valid scenarios must validate and run
 * to completion (finite, non-negative outputs, the last row exactly on the
 * last day); seeded mutations of them must be refused, never accepted and
 * never thrown, with every message at most 2,000 characters; and every
 * validation is timed. Shared by the CI-sized test
 * (../scenario-fuzz.property.test.ts) and the nightly-sized command
 * (`npm run fuzz`, ./nightly.ts).
 */
import { MODELS } from '../../../../src/core/model/registry';
import { NoSteadyStateError } from '../../../../src/core/model/no-steady-state-error';
import { NoCycleError } from '../../../../src/core/model/no-cycle-error';
import { formatIssue, summarizeIssues } from '../../../../src/core/scenario/issue';
import { SCENARIO_LIMITS as L } from '../../../../src/core/scenario/limits';
import { outputRowCount } from '../../../../src/core/scenario/output-times';
import type { Scenario } from '../../../../src/core/scenario/types';
import { parseScenarioText, type ParseResult } from '../../../../src/core/scenario/validate';
import { simulate } from '../../../../src/core/simulate';
import { Dice } from './dice';
import { EDGE_SCENARIOS, NIGHTLY_EDGE_SCENARIOS } from './edge-scenarios';
import { HEAVY_MUTATIONS, MUTATIONS } from './invalid-scenarios';
import { candidateScenario } from './valid-scenarios';

/** How big a run, and from which seed. */
export interface FuzzOptions {
  readonly valid: number;
  readonly invalid: number;
  readonly seed: number;
  /** Also run the slowest edge cases (NIGHTLY_EDGE_SCENARIOS). */
  readonly nightly?: boolean;
  /** Called now and then with a line of progress. */
  readonly progress?: (line: string) => void;
}

/** One case that went wrong, with what it takes to reproduce it. */
export interface FuzzFailure {
  readonly kind: string;
  readonly detail: string;
  /** The input's text, shortened to 2,000 characters. */
  readonly input: string;
}

/** Percentiles of a list of times, ms. */
export interface Timing {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** What a run found. */
export interface FuzzReport {
  readonly seed: number;
  readonly valid: {
    readonly ran: number;
    /** Generated candidates in all (some are refused by the validator and redrawn). */
    readonly candidates: number;
    /** Valid inputs refused because the subject has no baseline (no steady state, or for a cycling model no cycle). */
    readonly noBaseline: number;
    readonly failures: readonly FuzzFailure[];
    readonly runMs: Timing;
    /** The slowest accepted scenario (random or edge). */
    readonly slowest: { readonly ms: number; readonly label: string; readonly steps: number; readonly events: number; readonly input: string };
    readonly edges: readonly { readonly label: string; readonly ms: number; readonly outcome: string }[];
  };
  readonly invalid: {
    readonly checked: number;
    readonly wronglyAccepted: readonly FuzzFailure[];
    readonly unhandled: readonly FuzzFailure[];
    readonly overlongMessages: readonly FuzzFailure[];
    readonly byMutation: Readonly<Record<string, number>>;
  };
  /** Every validation (valid candidates and invalid inputs). */
  readonly validationMs: Timing;
  readonly longestMessage: number;
  readonly elapsedMs: number;
}

const catalogue = (id: keyof typeof MODELS) => MODELS[id];
const shorten = (text: string): string => (text.length > 2000 ? `${text.slice(0, 1999)}…` : text);

function timing(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

/** Runs the fuzz (see the file header). Deterministic for a seed, apart from the times. */
export function runFuzz(options: FuzzOptions): FuzzReport {
  const started = performance.now();
  const dice = new Dice(options.seed);
  const validationMs: number[] = [];
  let longestMessage = 0;
  const validate = (text: string): ParseResult => {
    const t = performance.now();
    const result = parseScenarioText(text, catalogue);
    validationMs.push(performance.now() - t);
    if (!result.ok) {
      for (const issue of result.errors) longestMessage = Math.max(longestMessage, formatIssue(issue).length);
      longestMessage = Math.max(longestMessage, summarizeIssues(result.errors, result.errorCount).length);
    }
    return result;
  };

  // Valid scenarios: the edge cases first, then random ones until `valid` have run.
  const failures: FuzzFailure[] = [];
  const runMs: number[] = [];
  const edges: { label: string; ms: number; outcome: string }[] = [];
  let slowest = { ms: 0, label: '', steps: 0, events: 0, input: '' };
  let noBaseline = 0;
  let candidates = 0;
  let ran = 0;
  const run = (scenario: Scenario, text: string, label: string): string => {
    const t = performance.now();
    try {
      const result = simulate(scenario);
      const ms = performance.now() - t;
      runMs.push(ms);
      if (ms > slowest.ms) slowest = { ms, label, steps: result.stats.steps, events: result.stats.events, input: shorten(text) };
      const rows = outputRowCount(scenario.days, scenario.output.everyHours);
      if (result.days.length !== rows || result.days[rows - 1] !== scenario.days) {
        failures.push({ kind: 'output times', detail: `${result.days.length} rows (expected ${rows}), last day ${result.days[result.days.length - 1]}`, input: shorten(text) });
        return 'wrong output times';
      }
      for (const id of result.outputIds) {
        if (!result.series[id]!.every((v) => Number.isFinite(v) && v >= 0)) {
          failures.push({ kind: 'output values', detail: `${id} has a non-finite or negative value`, input: shorten(text) });
          return `bad ${id}`;
        }
      }
      return `ran: ${result.stats.steps} steps, ${result.stats.events} events, ${rows} rows`;
    } catch (error) {
      if (error instanceof NoSteadyStateError || error instanceof NoCycleError) {
        noBaseline++;
        return `refused: ${error instanceof NoCycleError ? 'no cycle' : 'no steady state'}`;
      }
      failures.push({ kind: error instanceof Error ? error.name : 'throw', detail: String(error instanceof Error ? error.message : error), input: shorten(text) });
      return `failed: ${String(error)}`;
    }
  };
  for (const [label, file] of [...EDGE_SCENARIOS, ...(options.nightly === true ? NIGHTLY_EDGE_SCENARIOS : [])]) {
    const text = JSON.stringify(file);
    const parsed = validate(text);
    const t = performance.now();
    if (!parsed.ok) {
      failures.push({ kind: 'edge scenario refused', detail: `${label}: ${summarizeIssues(parsed.errors, parsed.errorCount)}`, input: shorten(text) });
      edges.push({ label, ms: 0, outcome: 'refused by validation' });
      continue;
    }
    const outcome = run(parsed.scenario, text, `edge: ${label}`);
    edges.push({ label, ms: performance.now() - t, outcome });
  }
  while (ran < options.valid) {
    candidates++;
    if (candidates > options.valid * 5 + 100) {
      failures.push({ kind: 'generator', detail: `only ${ran} of ${candidates} candidates were valid`, input: '' });
      break;
    }
    const text = JSON.stringify(candidateScenario(dice));
    const parsed = validate(text);
    if (!parsed.ok) continue;
    ran++;
    run(parsed.scenario, text, `random #${ran}`);
    if (ran % 250 === 0) options.progress?.(`valid: ${ran} of ${options.valid} ran (${candidates} candidates)`);
  }

  // Invalid scenarios: one mutation of a fresh candidate each.
  const names = Object.keys(MUTATIONS);
  const light = names.filter((n) => !HEAVY_MUTATIONS.has(n));
  const heavy = names.filter((n) => HEAVY_MUTATIONS.has(n));
  const byMutation: Record<string, number> = {};
  const wronglyAccepted: FuzzFailure[] = [];
  const unhandled: FuzzFailure[] = [];
  const overlongMessages: FuzzFailure[] = [];
  for (let k = 0; k < options.invalid; k++) {
    // Heavy (megabyte-sized) inputs are 2% of the cases, but every kind is drawn at least once.
    const name = k < heavy.length ? heavy[k]! : dice.chance(0.02) ? dice.pick(heavy) : dice.pick(light);
    byMutation[name] = (byMutation[name] ?? 0) + 1;
    const text = MUTATIONS[name]!(candidateScenario(dice), dice);
    let result: ParseResult;
    try {
      result = validate(text);
    } catch (error) {
      unhandled.push({ kind: name, detail: String(error), input: shorten(text) });
      continue;
    }
    if (result.ok) {
      wronglyAccepted.push({ kind: name, detail: 'accepted', input: shorten(text) });
      continue;
    }
    const worst = Math.max(...result.errors.map((e) => formatIssue(e).length), summarizeIssues(result.errors, result.errorCount).length);
    if (worst > L.maxIssueLength || result.errors.length > L.maxReportedIssues || result.errors.length === 0) {
      overlongMessages.push({ kind: name, detail: `${result.errors.length} problems listed, longest ${worst} characters`, input: shorten(text) });
    }
    if ((k + 1) % 1000 === 0) options.progress?.(`invalid: ${k + 1} of ${options.invalid} checked`);
  }

  return {
    seed: options.seed,
    valid: { ran, candidates, noBaseline, failures, runMs: timing(runMs), slowest, edges },
    invalid: { checked: options.invalid, wronglyAccepted, unhandled, overlongMessages, byMutation },
    validationMs: timing(validationMs),
    longestMessage,
    elapsedMs: performance.now() - started,
  };
}

/** The report in a few lines, for a test log or a terminal. */
export function summarizeFuzz(report: FuzzReport): string {
  const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));
  const v = report.valid;
  const i = report.invalid;
  return [
    `scenario fuzz, seed ${report.seed}, ${(report.elapsedMs / 1000).toFixed(1)} s`,
    `valid: ${v.ran} ran (${v.candidates} candidates), ${v.failures.length} failures, ${v.noBaseline} refused (no steady state or no cycle); run time p50 ${ms(v.runMs.p50)} ms, p99 ${ms(v.runMs.p99)} ms, max ${ms(v.runMs.max)} ms`,
    `slowest accepted: ${ms(v.slowest.ms)} ms (${v.slowest.label}; ${v.slowest.steps} steps, ${v.slowest.events} events)`,
    `invalid: ${i.checked} checked, ${i.wronglyAccepted.length} wrongly accepted, ${i.unhandled.length} unhandled, ${i.overlongMessages.length} with unbounded messages (${Object.keys(i.byMutation).length} kinds of mutation)`,
    `validation: p50 ${ms(report.validationMs.p50)} ms, p99 ${ms(report.validationMs.p99)} ms, max ${ms(report.validationMs.max)} ms over ${report.validationMs.count}; longest message ${report.longestMessage} characters`,
  ].join('\n');
}
