/** The subject: which model, how many days, and the conditions (disease knobs). Container. */
import { useId, useMemo } from 'react';
import type { Scenario } from '../../core/scenario/types';
import type { ModelId } from '../../core/model/ids';
import { getModel } from '../../core/model/registry';
import { conditionId, conditionOnsetDay } from '../../core/scenario/regimen-schedule';
import { SCENARIO_LIMITS } from '../../core/scenario/limits';
import { explicitPulses } from '../../core/scenario/explicit-pulses';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { CONDITION_LABELS, PULSE_LABELS, conditionOnsetHint } from '../labels';
import { NumberField } from './NumberField';
import { ModelSelect } from './ModelSelect';
import { GlossaryTerms } from '../glossary/GlossaryLink';

/** Glossary terms under each model's conditions. */
const CONDITION_TERMS: Readonly<Record<ModelId, readonly string[]>> = {
  'male-hpg': ['castration', 'hypogonadism-primary', 'hypogonadism-secondary', 'aromatase'],
  'female-hpg': ['menstrual-cycle', 'menopause', 'oophorectomy', 'ovulation', 'aromatase'],
  'smith-1980': ['castration', 'hypogonadism-primary', 'hypogonadism-secondary', 'aromatase'],
  'gh-igf1': ['ghrh', 'somatostatin', 'igf-1', 'ghrelin-receptor'],
};

export function SubjectPanel() {
  // The parts it shows, so a dose being dragged elsewhere does not re-render it.
  const modelId = useAppStore((s) => s.scenario.model);
  const days = useAppStore((s) => s.scenario.days);
  // As text: every validated edit is a new object, but an unchanged list gives the same string.
  const conditionsText = useAppStore((s) => JSON.stringify(s.scenario.subject.conditions));
  const conditions = useMemo(() => JSON.parse(conditionsText) as Scenario['subject']['conditions'], [conditionsText]);
  const pulses = useAppStore((s) => explicitPulses(s.scenario));
  const issues = useAppStore((s) => s.issues);
  const store = useAppStoreApi();
  const id = useId();
  const model = getModel(modelId);
  const present = conditions.map(conditionId);
  const onset = (c: string): number => {
    const entry = conditions.find((e) => conditionId(e) === c);
    return entry === undefined ? 0 : conditionOnsetDay(entry);
  };
  const pulseMode = model.pulseMode;
  return (
    <section className="panel subject-panel" aria-labelledby="subject-heading">
      <h2 id="subject-heading">Subject</h2>
      <ModelSelect label="Model" />
      <NumberField
        label="Simulated days"
        value={days}
        min={1}
        max={SCENARIO_LIMITS.maxDays}
        step={1}
        issues={issues.filter((i) => i.path === 'days').map((i) => i.message)}
        onCommit={(days) => days !== undefined && store.getState().setDays(days)}
      />
      <fieldset className="conditions">
        <legend>Conditions</legend>
        {model.conditions.map((c) => {
          const label = CONDITION_LABELS[c];
          return (
            <div key={c} className="check">
              <input
                id={`${id}-${c}`}
                type="checkbox"
                checked={present.includes(c)}
                aria-describedby={`${id}-${c}-hint`}
                onChange={(e) => store.getState().setCondition(c, e.currentTarget.checked)}
              />
              <span>
                <label htmlFor={`${id}-${c}`} className="check-name">
                  {label.name}
                </label>{' '}
                <span id={`${id}-${c}-hint`} className="hint">
                  — {label.meaning}
                </span>
                {present.includes(c) && (
                  <NumberField
                    label={`${label.name} from day`}
                    value={onset(c)}
                    min={0}
                    max={days}
                    step={1}
                    hint={conditionOnsetHint(model.baseline)}
                    issues={issues.filter((i) => i.path.startsWith('subject.conditions')).map((i) => i.message)}
                    onCommit={(day) => day !== undefined && store.getState().setConditionOnset(c, day)}
                  />
                )}
              </span>
            </div>
          );
        })}
        {model.conditions.length > 0 && <GlossaryTerms ids={CONDITION_TERMS[model.id]} label="About these" />}
      </fieldset>
      {pulseMode !== undefined && (
        <div className="check">
          <input
            id={`${id}-pulses`}
            type="checkbox"
            checked={pulses}
            disabled={days > pulseMode.maxWindowDays && !pulses}
            aria-describedby={`${id}-pulses-hint`}
            onChange={(e) => store.getState().setExplicitPulses(e.currentTarget.checked)}
          />
          <span>
            <label htmlFor={`${id}-pulses`} className="check-name">
              {PULSE_LABELS[pulseMode.option].name}
            </label>{' '}
            <span id={`${id}-pulses-hint`} className="hint">
              — {PULSE_LABELS[pulseMode.option].hint}; up to {pulseMode.maxWindowDays} simulated days
            </span>
          </span>
        </div>
      )}
    </section>
  );
}
