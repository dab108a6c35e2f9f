/** The scenario's name, what to look for, and its validation warnings. Container. */
import { findPreset } from '../core/scenario/presets';
import { useAppStore } from '../state/use-app-store';

export function ScenarioHeader() {
  const scenario = useAppStore((s) => s.scenario);
  const presetId = useAppStore((s) => s.presetId);
  const warnings = useAppStore((s) => s.warnings);
  const running = useAppStore((s) => s.running);
  const preset = presetId === null ? undefined : findPreset(presetId);
  return (
    <div className="scenario-header">
      <h2 className="scenario-name">
        {scenario.name}
        <span className={`run-state${running ? ' is-running' : ''}`} aria-hidden="true">
          {running ? 'simulating…' : ''}
        </span>
      </h2>
      {preset !== undefined && (
        <p className="look-for">
          <strong>Look for:</strong> {preset.lookFor}
        </p>
      )}
      {scenario.description !== undefined && preset === undefined && <p className="hint">{scenario.description}</p>}
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
