/**
 * The editor of one regimen: dose multiple (number and slider, 0 < dose ≤ 10),
 * bolus or infusion, the bolus interval in days or hours, and from/until days.
 * Problems the store found are shown next to their field. Props in.
 */
import { useId } from 'react';
import { AGENT_INFO, agentReference } from '../../core/agents/agent-info';
import type { ModelId } from '../../core/model/ids';
import type { ScenarioIssue } from '../../core/scenario/issue';
import { SCENARIO_LIMITS } from '../../core/scenario/limits';
import type { Regimen, RegimenMode } from '../../core/scenario/types';
import type { RegimenPatch } from '../../state/scenario-edits';
import { NumberField } from './NumberField';

export interface RegimenEditorProps {
  readonly regimen: Regimen;
  /** The scenario's model: dose 1 is its reference regimen there. */
  readonly model: ModelId;
  readonly index: number;
  /** 1-based course number among this agent's regimens (shown when there are several). */
  readonly course: number;
  readonly courses: number;
  readonly issues: readonly ScenarioIssue[];
  readonly onPatch: (index: number, patch: RegimenPatch) => boolean;
  readonly onRemove: (index: number) => void;
}

/** Messages of the issues at `path` (or below it). */
function messagesAt(issues: readonly ScenarioIssue[], path: string): string[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message);
}

export function RegimenEditor({ regimen, model, index, course, courses, issues, onPatch, onRemove }: RegimenEditorProps) {
  const id = useId();
  const info = AGENT_INFO[regimen.agent];
  const reference = agentReference(regimen.agent, model);
  const at = `regimens[${index}]`;
  const patch = (p: RegimenPatch): boolean => onPatch(index, p);
  const inHours = regimen.everyHours !== undefined;
  const title = courses > 1 ? `${info.displayName}, course ${course}` : `${info.displayName} regimen`;
  const own = issues.filter((i) => i.path === at).map((i) => i.message);
  return (
    <fieldset className="regimen-editor" data-regimen={index}>
      <legend>{title}</legend>
      <p className="hint">Dose 1 = {reference.description}.</p>
      <NumberField
        label="Dose"
        unit="× reference"
        value={regimen.dose}
        min={0.05}
        max={SCENARIO_LIMITS.maxDose}
        step={0.05}
        slider={{ min: 0.05, max: SCENARIO_LIMITS.maxDose, step: 0.05 }}
        issues={messagesAt(issues, `${at}.dose`)}
        onCommit={(dose) => dose !== undefined && patch({ dose })}
      />
      <div className="field">
        <label htmlFor={`${id}-mode`}>Delivery</label>
        <select id={`${id}-mode`} value={regimen.mode} onChange={(e) => patch({ mode: e.currentTarget.value as RegimenMode })}>
          <option value="bolus">Repeated doses (bolus)</option>
          <option value="infusion">Continuous infusion</option>
        </select>
      </div>
      {regimen.mode === 'bolus' && (
        <div className="field-pair">
          <NumberField
            label="Every"
            value={inHours ? regimen.everyHours : regimen.everyDays}
            min={inHours ? SCENARIO_LIMITS.minEveryHours : SCENARIO_LIMITS.minEveryDays}
            step={inHours ? 0.25 : 0.5}
            issues={[...messagesAt(issues, `${at}.everyDays`), ...messagesAt(issues, `${at}.everyHours`)]}
            onCommit={(n) => n !== undefined && patch(inHours ? { everyHours: n } : { everyDays: n })}
          />
          <div className="field">
            <label htmlFor={`${id}-unit`}>Interval unit</label>
            <select
              id={`${id}-unit`}
              value={inHours ? 'hours' : 'days'}
              onChange={(e) => {
                const hours = e.currentTarget.value === 'hours';
                const interval = inHours ? regimen.everyHours! : regimen.everyDays!;
                patch(hours ? { everyHours: Math.max(SCENARIO_LIMITS.minEveryHours, interval * 24) } : { everyDays: Math.max(SCENARIO_LIMITS.minEveryDays, interval / 24) });
              }}
            >
              <option value="days">days</option>
              <option value="hours">hours</option>
            </select>
          </div>
        </div>
      )}
      <div className="field-pair">
        <NumberField
          label="From day"
          value={regimen.fromDay}
          min={0}
          step={1}
          issues={messagesAt(issues, `${at}.fromDay`)}
          onCommit={(fromDay) => fromDay !== undefined && patch({ fromDay })}
        />
        <NumberField
          label="Until day"
          value={regimen.untilDay}
          min={0}
          step={1}
          optional
          hint="empty: to the end"
          issues={messagesAt(issues, `${at}.untilDay`)}
          onCommit={(untilDay) => patch({ untilDay: untilDay ?? null })}
        />
      </div>
      {own.length > 0 && <p className="field-error">{own.join('; ')}</p>}
      <button type="button" className="link-button" onClick={() => onRemove(index)}>
        Remove {courses > 1 ? `course ${course}` : 'this regimen'}
      </button>
    </fieldset>
  );
}
