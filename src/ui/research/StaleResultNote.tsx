/**
 * Says plainly when a sweep result on screen no longer belongs to the current
 * scenario: a sensitivity or uncertainty result stays visible after an edit
 * (it can be worth comparing), but a name alone did not tell that it described
 * the scenario as it was before. Container (reads the current scenario).
 */
import { useMemo } from 'react';
import type { Scenario } from '../../core/scenario/types';
import { isSameScenario } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import './stale-result.css';

interface StaleResultNoteProps {
  /** The scenario the result was computed for. */
  readonly scenario: Scenario;
  /** What the result is, e.g. "sensitivity result". */
  readonly what: string;
}

export function StaleResultNote({ scenario, what }: StaleResultNoteProps) {
  const current = useAppStore((s) => s.scenario);
  const stale = useMemo(() => !isSameScenario(scenario, current), [scenario, current]);
  if (!stale) return null;
  return (
    <p className="stale-result-note" role="note" data-testid="stale-result-note">
      <strong>Out of date:</strong> this {what} was computed for the scenario as it was before your latest changes, so it does not describe the
      scenario shown now. Run it again to update it.
    </p>
  );
}
