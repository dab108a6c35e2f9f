/**
 * The feedback breakdown of a scenario on a day, recomputed on the main thread
 * after the inputs have been still for DEBOUNCE_MS (it integrates the scenario
 * up to that day: a few to ~100 ms for a long run). The analysis module is
 * loaded on first use, so it stays out of the initial bundle. Stale answers
 * (for inputs that have since changed) are dropped.
 */
import { useEffect, useState } from 'react';
import type { FeedbackBreakdown } from '../../core/analysis/feedback-breakdown';
import type { Scenario } from '../../core/scenario/types';

/** Quiet time before recomputing, ms (a dragged cursor recomputes once it stops). */
export const DEBOUNCE_MS = 200;

/** The state of the breakdown: computing, a breakdown, or why there is none. */
export type BreakdownState =
  | { readonly kind: 'pending' }
  | { readonly kind: 'ready'; readonly breakdown: FeedbackBreakdown }
  | { readonly kind: 'unavailable'; readonly message: string };

export function useFeedbackBreakdown(scenario: Scenario | null, day: number): BreakdownState {
  const [state, setState] = useState<BreakdownState>({ kind: 'pending' });
  useEffect(() => {
    if (scenario === null) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void import('../../core/analysis/feedback-breakdown').then(({ feedbackBreakdownAt }) => {
        if (cancelled) return;
        let next: BreakdownState;
        try {
          const answer = feedbackBreakdownAt(scenario, day);
          next = answer.ok ? { kind: 'ready', breakdown: answer.breakdown } : { kind: 'unavailable', message: answer.message };
        } catch (error) {
          next = { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
        }
        if (!cancelled) setState(next);
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [scenario, day]);
  return state;
}
