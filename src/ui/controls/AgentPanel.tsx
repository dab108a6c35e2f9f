/**
 * The agents: one native, labelled switch per agent (its accessible name is
 * the agent's display name), and under each switched-on agent the editors of
 * its regimens. Container: reads the scenario and issues, calls store actions.
 */
import { AGENT_INFO } from '../../core/agents/agent-info';
import { AGENT_IDS, MODEL_IDS, type AgentId } from '../../core/model/ids';
import { getModel } from '../../core/model/registry';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { RegimenEditor } from './RegimenEditor';

export function AgentPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const issues = useAppStore((s) => s.issues);
  const store = useAppStoreApi();
  const model = getModel(scenario.model);

  const toggle = (agent: AgentId, on: boolean): void => {
    const state = store.getState();
    if (on && !model.agents.includes(agent)) {
      // The agent is not in this model: move to one that has it, keeping everything it supports.
      const target = MODEL_IDS.find((id) => getModel(id).agents.includes(agent));
      if (target === undefined || !state.setModel(target)) return;
    }
    store.getState().toggleAgent(agent, on);
  };

  return (
    <section className="panel agents-panel" aria-labelledby="agents-heading">
      <h2 id="agents-heading">Agents</h2>
      <p className="hint">Switch an agent on to give its reference regimen; adjust it below or drag its bar on the timeline.</p>
      <ul className="agent-list">
        {AGENT_IDS.map((agent) => {
          const info = AGENT_INFO[agent];
          const regimens = scenario.regimens.map((r, index) => ({ r, index })).filter(({ r }) => r.agent === agent);
          const on = regimens.length > 0;
          const supported = model.agents.includes(agent);
          const hintId = `agent-hint-${agent}`;
          return (
            <li key={agent} className={`agent-item${on ? ' is-on' : ''}`}>
              <label className="switch">
                <input type="checkbox" role="switch" checked={on} aria-describedby={hintId} onChange={(e) => toggle(agent, e.currentTarget.checked)} />
                <span className="switch-track" aria-hidden="true" />
                <span className="agent-name">{info.displayName}</span>
              </label>
              <p id={hintId} className="hint agent-class">
                {info.agentClass}
                {supported ? '' : ` — not in the ${model.name}; switching it on moves to the full model`}
              </p>
              {regimens.map(({ r, index }, k) => (
                <RegimenEditor
                  key={index}
                  regimen={r}
                  index={index}
                  course={k + 1}
                  courses={regimens.length}
                  issues={issues}
                  onPatch={(i, patch) => store.getState().updateRegimen(i, patch)}
                  onRemove={(i) => store.getState().removeRegimen(i)}
                />
              ))}
              {on && (
                <button type="button" className="link-button" onClick={() => store.getState().addRegimen(agent)}>
                  Add another course of {info.displayName}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
