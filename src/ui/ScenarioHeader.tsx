/**
 * What is plotted: the scenario's name (an edited preset reads "Edited from:
 * …"), what to look for while it is still the preset (with its technical
 * words linked to the glossary), its validation warnings, and the model's known
 * limits for this scenario (src/core/scenario/model-limits.ts). Container.
 */
import { findPreset } from '../core/scenario/presets';
import { modelLimitsFor } from '../core/scenario/model-limits';
import { isEditedName } from '../state/scenario-title';
import { useAppStore } from '../state/use-app-store';
import { LookFor } from './LookFor';

export function ScenarioHeader() {
  const name = useAppStore((s) => s.scenario.name);
  const description = useAppStore((s) => s.scenario.description);
  const presetId = useAppStore((s) => s.presetId);
  const edited = useAppStore((s) => s.presetEdited);
  const warnings = useAppStore((s) => s.warnings);
  const running = useAppStore((s) => s.running);
  const inLesson = useAppStore((s) => s.lessonId !== null);
  const scenario = useAppStore((s) => s.scenario);
  const preset = presetId === null ? undefined : findPreset(presetId);
  const limits = modelLimitsFor(scenario);
  return (
    <div className="scenario-header">
      <div className="scenario-title-row">
        <h2 className="scenario-name" title={name}>
          {name}
          <span className={`run-state${running ? ' is-running' : ''}`} aria-hidden="true">
            {running ? 'simulating…' : ''}
          </span>
        </h2>
        {limits.length > 0 && (
          // On the heading's line, so a scenario with a limit keeps the charts' size (styles.css).
          <details className="model-limits">
            <summary>{limits.length > 1 ? `Model limits (${limits.length})` : 'Model limit'}</summary>
            <ul className="model-limits-body" aria-label="Limits of the model in this scenario" tabIndex={0}>
              {limits.map((l) => (
                <li key={l.id}>
                  <strong>{l.title[0]!.toUpperCase() + l.title.slice(1)}.</strong> {l.text}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      {preset !== undefined && !edited && (
        <LookFor key={preset.id} text={preset.lookFor} />
      )}
      {edited && (
        <p className="edited-note">
          {preset !== undefined
            ? 'Edited: the preset’s note on what to look for is hidden, as it may no longer fit. Choose the preset again to get it back.'
            : 'Edited: the charts show your changes to the scenario you opened.'}
        </p>
      )}
      {preset === undefined && !edited && (
        // Every scenario gets a note line, so the charts keep their size from one scenario to the next.
        <p className="edited-note scenario-note">
          {description ??
            (inLesson
              ? 'The lesson says what to look for.'
              : isEditedName(name)
                ? 'Edited from a preset: its note on what to look for does not apply.'
                : 'Your own scenario: no note on what to look for.')}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings about this scenario">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
