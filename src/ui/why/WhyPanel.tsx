/**
 * "Why": on the cursor day, which feedback is doing the work, from the full
 * model's own declared feedback terms (src/core/analysis/feedback-breakdown.ts):
 * a sentence and the shares as bars with numbers, for the male and the female
 * model alike. The classic Smith 1980 model has one feedback path, so it gets a
 * plain note instead. Container.
 */
import { useId } from 'react';
import { useAppStore } from '../../state/use-app-store';
import { GlossaryLink, GlossaryTerms } from '../glossary/GlossaryLink';
import { formatDay } from '../labels';
import { FeedbackBars } from './FeedbackBars';
import { useFeedbackBreakdown } from './use-feedback-breakdown';
import './why.css';

export function WhyPanel() {
  const scenario = useAppStore((s) => s.result?.scenario ?? null);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const state = useFeedbackBreakdown(scenario, cursorDay);
  const headingId = useId();
  if (scenario === null) return null;
  const classic = scenario.model === 'smith-1980';
  const shownDay = state.kind === 'ready' ? state.breakdown.day : cursorDay;
  return (
    <section className="why-panel" aria-labelledby={headingId} data-testid="why-panel">
      <h2 id={headingId}>Why: which feedback is doing the work on day {formatDay(shownDay, scenario.days)}</h2>
      {classic ? (
        <p className="why-sentence">
          The classic three-hormone model (Smith 1980) has one feedback path — testosterone restraining GnRH — so there is nothing to break down.
          Switch to the full model under Subject to see the androgen-receptor, estrogen-receptor and inhibin B feedbacks.
        </p>
      ) : state.kind === 'pending' ? (
        <p className="muted" aria-live="polite">Working out the feedback terms…</p>
      ) : state.kind === 'unavailable' ? (
        <p className="why-sentence">No breakdown for this run: {state.message}.</p>
      ) : (
        <>
          <p className="why-sentence" aria-live="polite" data-testid="why-sentence">{state.breakdown.sentence}</p>
          <FeedbackBars breakdown={state.breakdown} caption={`Share of the total feedback suppression on day ${formatDay(state.breakdown.day, scenario.days)}, and in the healthy baseline`} />
          <p className="hint">
            Each bar is one brake’s share of all the holding-down the feedback does on this day (strength measured in{' '}
            <GlossaryLink termId="e-fold">e-folds</GlossaryLink>, so brakes acting together add up). The thin black tick marks its share in a
            {scenario.model === 'female-hpg' ? 'healthy woman on cycle day 1.' : 'healthy man.'}
          </p>
        </>
      )}
      <GlossaryTerms ids={['androgen-receptor', 'estrogen-receptor', 'inhibin-b', 'gonadotrope-priming', 'desensitization', 'negative-feedback']} />
    </section>
  );
}
