/**
 * The agents: the current model's own, then those of other models tucked away; one native, labelled switch per agent (its accessible name is
 * the agent's display name), and under each switched-on agent the editors of
 * its regimens. Container: reads the scenario and issues, calls store actions.
 * Each agent is its own memoized item, so dragging one agent's dose redraws
 * that agent only (unchanged regimens keep their objects: share-unchanged.ts).
 */
import { memo, useCallback } from 'react';
import { AGENT_INFO } from '../../core/agents/agent-info';
import { AGENT_IDS, MODEL_IDS, type AgentId, type ModelId } from '../../core/model/ids';
import { getModel } from '../../core/model/registry';
import type { ScenarioIssue } from '../../core/scenario/issue';
import type { Regimen } from '../../core/scenario/types';
import type { RegimenPatch } from '../../state/scenario-edits';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { RegimenEditor } from './RegimenEditor';
import { OutsideAxesNote } from './OutsideAxesNote';

interface AgentItemProps {
  readonly agent: AgentId;
  /** This agent's regimens and their indexes in the scenario. */
  readonly regimens: readonly { readonly r: Regimen; readonly index: number }[];
  readonly supported: boolean;
  readonly model: ModelId;
  readonly modelName: string;
  readonly issues: readonly ScenarioIssue[];
  readonly onToggle: (agent: AgentId, on: boolean) => void;
  readonly onPatch: (index: number, patch: RegimenPatch) => boolean;
  readonly onRemove: (index: number) => void;
  readonly onAdd: (agent: AgentId) => void;
}

/** The first model that takes an agent, by name (where switching it on moves the scenario). */
function homeModelName(agent: AgentId): string {
  const home = MODEL_IDS.find((id) => getModel(id).agents.includes(agent));
  return home === undefined ? 'model that has it' : getModel(home).name;
}

const AgentItem = memo(
  function AgentItem({ agent, regimens, supported, model, modelName, issues, onToggle, onPatch, onRemove, onAdd }: AgentItemProps) {
    const info = AGENT_INFO[agent];
    const on = regimens.length > 0;
    const hintId = `agent-hint-${agent}`;
    return (
      <li className={`agent-item${on ? ' is-on' : ''}`}>
        <label className="switch">
          <input type="checkbox" role="switch" checked={on} aria-describedby={hintId} onChange={(e) => onToggle(agent, e.currentTarget.checked)} />
          <span className="switch-track" aria-hidden="true" />
          <span className="agent-name">{info.displayName}</span>
        </label>
        <p id={hintId} className="hint agent-class">
          {info.agentClass}
          {supported ? '' : ` — not in the ${modelName}; switching it on moves to the ${homeModelName(agent)}`}
        </p>
        {regimens.map(({ r, index }, k) => (
          <RegimenEditor key={index} regimen={r} model={model} index={index} course={k + 1} courses={regimens.length} issues={issues} onPatch={onPatch} onRemove={onRemove} />
        ))}
        {on && (
          <button type="button" className="link-button" onClick={() => onAdd(agent)}>
            Add another course of {info.displayName}
          </button>
        )}
      </li>
    );
  },
  // Equal when the same regimen objects sit at the same indexes and nothing else changed.
  (a, b) =>
    a.agent === b.agent && a.supported === b.supported && a.model === b.model && a.modelName === b.modelName && a.issues === b.issues && a.onToggle === b.onToggle &&
    a.regimens.length === b.regimens.length && a.regimens.every((x, k) => x.r === b.regimens[k]!.r && x.index === b.regimens[k]!.index),
);

const NO_ISSUES: readonly ScenarioIssue[] = [];

export function AgentPanel() {
  const regimens = useAppStore((s) => s.scenario.regimens);
  const modelId = useAppStore((s) => s.scenario.model);
  const issues = useAppStore((s) => (s.issues.length === 0 ? NO_ISSUES : s.issues));
  const updateRegimen = useAppStore((s) => s.updateRegimen);
  const removeRegimen = useAppStore((s) => s.removeRegimen);
  const addRegimen = useAppStore((s) => s.addRegimen);
  const store = useAppStoreApi();
  const model = getModel(modelId);

  const toggle = useCallback(
    (agent: AgentId, on: boolean): void => {
      const state = store.getState();
      if (on && !getModel(state.scenario.model).agents.includes(agent)) {
        // The agent is not in this model: move to one that has it, keeping everything it supports.
        const target = MODEL_IDS.find((id) => getModel(id).agents.includes(agent));
        if (target === undefined || !state.setModel(target)) return;
      }
      store.getState().toggleAgent(agent, on);
    },
    [store],
  );

  // The model's own agents first; the others (switching one on moves to its model) tucked away.
  const others = AGENT_IDS.filter((agent) => !model.agents.includes(agent));
  const item = (agent: AgentId) => (
    <AgentItem
      key={agent}
      agent={agent}
      regimens={regimens.map((r, index) => ({ r, index })).filter(({ r }) => r.agent === agent)}
      supported={model.agents.includes(agent)}
      model={modelId}
      modelName={model.name}
      issues={issues}
      onToggle={toggle}
      onPatch={updateRegimen}
      onRemove={removeRegimen}
      onAdd={addRegimen}
    />
  );

  return (
    <section className="panel agents-panel" aria-labelledby="agents-heading">
      <h2 id="agents-heading">Agents</h2>
      <p className="hint">Switch an agent on to give its reference regimen; adjust it below or drag its bar on the timeline.</p>
      <ul className="agent-list">
        {AGENT_IDS.filter((agent) => model.agents.includes(agent)).map(item)}
      </ul>
      {others.length > 0 && (
        <details className="other-agents">
          <summary>Agents of other models ({others.length})</summary>
          <ul className="agent-list">{others.map(item)}</ul>
        </details>
      )}
      <OutsideAxesNote />
    </section>
  );
}
