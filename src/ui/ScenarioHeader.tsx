/**
 * What is plotted: the scenario's name (an edited preset reads "Edited from:
 * …"), what to look for while it is still the preset (with its technical
 * words linked to the glossary), and its validation warnings. Container.
 */
import { findPreset } from '../core/scenario/presets';
import { useAppStore } from '../state/use-app-store';
import { LookFor } from './LookFor';

export function ScenarioHeader() {
  const name = useAppStore((s) => s.scenario.name);
  const description = useAppStore((s) => s.scenario.description);
  const presetId = useAppStore((s) => s.presetId);
  const edited = useAppStore((s) => s.presetEdited);
  const warnings = useAppStore((s) => s.warnings);
  const running = useAppStore((s) => s.running);
  const preset = presetId === null ? undefined : findPreset(presetId);
  return (
    <div className="scenario-header">
      <h2 className="scenario-name" title={name}>
        {name}
        <span className={`run-state${running ? ' is-running' : ''}`} aria-hidden="true">
          {running ? 'simulating…' : ''}
        </span>
      </h2>
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
      {description !== undefined && preset === undefined && !edited && <p className="hint">{description}</p>}
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
