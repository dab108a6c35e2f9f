/**
 * Every parameter of the current model's record, grouped (hypothalamus,
 * pituitary, …), each group a collapsible table. Edits go through
 * applyScenario, so the scenario (and its file and link) carries them. Container.
 */
import { getModel } from '../../core/model/registry';
import type { ParameterDefinition } from '../../core/model/parameter';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { ParameterRow } from './ParameterRow';

function groups(record: readonly ParameterDefinition[]): [string, ParameterDefinition[]][] {
  const byGroup = new Map<string, ParameterDefinition[]>();
  for (const p of record) {
    const g = p.group ?? 'model';
    byGroup.set(g, [...(byGroup.get(g) ?? []), p]);
  }
  return [...byGroup];
}

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function ParametersSection() {
  const model = useAppStore((s) => s.scenario.model);
  const overrides = useAppStore((s) => s.scenario.parameters);
  const errors = useAppStore((s) => s.parameterErrors);
  const store = useAppStoreApi();
  const record = getModel(model).parameters;
  const changed = Object.keys(overrides).length;
  const onCommit = (id: string, value: number): boolean => store.getState().setParameter(id, value);
  const onReset = (id: string): void => store.getState().resetParameter(id);
  return (
    <section className="research-block" aria-labelledby="params-heading">
      <h3 id="params-heading">Parameters</h3>
      <p className="hint">
        {record.length} parameters of “{getModel(model).name}”, {changed === 0 ? 'all at their defaults' : `${changed} changed`}. A value outside its plausible
        range is refused and the last good value kept.
      </p>
      <button type="button" disabled={changed === 0} onClick={() => store.getState().resetAllParameters()}>
        Reset all parameters
      </button>
      {groups(record).map(([group, params], k) => {
        const changedHere = params.filter((p) => overrides[p.id] !== undefined).length;
        const anyError = params.some((p) => errors[p.id] !== undefined);
        return (
          <details key={`${model}-${group}`} className="param-group" open={k === 0 || anyError || undefined}>
            <summary>
              {capitalized(group)} ({params.length}
              {changedHere > 0 ? `, ${changedHere} changed` : ''})
            </summary>
            <div className="table-scroll param-scroll" role="region" aria-label={`${capitalized(group)} parameters`} tabIndex={0}>
              <table className="param-table">
                <thead>
                  <tr>
                    <th scope="col">Parameter</th>
                    <th scope="col">Value</th>
                    <th scope="col">Unit</th>
                    <th scope="col">Range</th>
                    <th scope="col">Source</th>
                    <th scope="col">
                      <span className="visually-hidden">Reset</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {params.map((p) => (
                    <ParameterRow key={p.id} definition={p} override={overrides[p.id]} error={errors[p.id]} onCommit={onCommit} onReset={onReset} />
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
    </section>
  );
}
