/**
 * Warms the simulation worker's code after its first run: the first run in a
 * fresh page pays the engine's just-in-time compilation (50–60 ms on the
 * reference scenario, against a few ms later), so a user's first interaction
 * would be the slow one. Running the same scenario a few more times while the
 * page is idle gets the solver and the model's generated code optimized first.
 */
import type { Scenario } from '../core/scenario/types';
import { simulate } from '../core/simulate';

/** Runs `scenario` up to `runs` times, stopping once `budgetMs` is spent. Failures are ignored. */
export function warmUp(scenario: Scenario, now: () => number, runs = 4, budgetMs = 200): number {
  const start = now();
  let done = 0;
  while (done < runs && now() - start < budgetMs) {
    try {
      simulate(scenario);
    } catch {
      // A scenario that fails is reported by the real run; warming is best effort.
    }
    done++;
  }
  return done;
}
