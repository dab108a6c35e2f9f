/**
 * Messages between the app and the simulation worker. Each request carries an
 * id; the reply echoes it, so the app applies only the answer to its latest
 * request (see src/state/simulator.ts).
 */
import type { Scenario } from '../core/scenario/types';
import type { SimulationResult } from '../core/simulate';

/** App → worker: simulate this (already validated) scenario. */
export interface SimulationRequest {
  readonly id: number;
  readonly scenario: Scenario;
}

/** Worker → app: the result, or why the solver failed. */
export type SimulationReply =
  | { readonly id: number; readonly ok: true; readonly result: SimulationResult; readonly elapsedMs: number }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The buffers of a result, to transfer rather than copy. */
export function resultBuffers(result: SimulationResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of [result.days, ...Object.values(result.series)]) {
    if (column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
  }
  return [...buffers];
}

/** A solver failure as one line for the user. */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
