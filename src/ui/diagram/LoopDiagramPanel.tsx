/**
 * The loop diagram's container: levels and agents on the cursor day, and the
 * diagram in words (with its terms). While a lesson waits for a prediction it
 * draws the loop without levels, so it cannot give the answer away.
 */
import { useId, useState } from 'react';
import { AGENT_INFO } from '../../core/agents/agent-info';
import { relativeLevel } from '../../core/analysis/trajectory-summary';
import type { Scenario } from '../../core/scenario/types';
import { outputsOf, valueAt } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { GlossaryTerms } from '../glossary/GlossaryLink';
import { formatDay } from '../labels';
import { LoopDiagram, type DiagramAgent } from './LoopDiagram';
import { edgeKey, feedbackEdges } from '../../core/analysis/feedback-edges';
import { HPG_DIAGRAM, type DiagramGeometry } from './loop-geometry';
import { GH_DIAGRAM } from './gh-loop-geometry';
import { FEMALE_DIAGRAM } from './loop-geometry-female';
import type { ModelId } from '../../core/model/ids';

/** The diagram of each model's axis. */
const DIAGRAMS: Readonly<Record<ModelId, DiagramGeometry>> = { 'male-hpg': HPG_DIAGRAM, 'female-hpg': FEMALE_DIAGRAM, 'smith-1980': HPG_DIAGRAM, 'gh-igf1': GH_DIAGRAM };

/** Agents of the scenario, one badge per site, active when a regimen covers the day. */
export function diagramAgents(scenario: Scenario, day: number): DiagramAgent[] {
  const seen = new Map<string, DiagramAgent>();
  for (const r of scenario.regimens) {
    const info = AGENT_INFO[r.agent];
    const active = day >= r.fromDay && day < Math.min(r.untilDay ?? scenario.days, scenario.days);
    for (const site of info.sites) {
      const key = `${r.agent}-${site}`;
      const old = seen.get(key);
      seen.set(key, { id: r.agent, name: info.displayName, site, active: active || (old?.active ?? false) });
    }
  }
  return [...seen.values()];
}

function describe(geometry: DiagramGeometry, levels: Readonly<Record<string, number>> | null, agents: readonly DiagramAgent[], day: string): string {
  const acting = agents.length === 0
    ? 'No agents are given.'
    : `Agents: ${[...new Set(agents.map((a) => a.id))].map((id) => {
        const own = agents.filter((a) => a.id === id);
        const when = levels === null ? '' : ` (${own.some((a) => a.active) ? 'being given' : 'not being given'} on this day)`;
        return `${own[0]!.name} acts on the ${own.map((a) => a.site).join(' and ')}${when}`;
      }).join('; ')}.`;
  if (levels === null) return `The loop: ${geometry.structure} Its levels are hidden until you run the lesson. ${acting}`;
  const at = (id: string, label: string): string | null => (levels[id] === undefined ? null : `${label} ${relativeLevel(levels[id])}`);
  const chain = geometry.chain.map(([id, label]) => at(id, label))
    .filter((s): s is string => s !== null)
    .join(', ');
  return `Loop on day ${day}: ${geometry.structure} Levels: ${chain}. ${acting}`;
}

export function LoopDiagramPanel({ levelsHidden = false }: { readonly levelsHidden?: boolean }) {
  const result = useAppStore((s) => s.result);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const titleId = useId();
  const [wordsOpen, setWordsOpen] = useState(false);
  if (result === null) return null;
  const day = formatDay(cursorDay, result.scenario.days);
  const geometry = DIAGRAMS[result.scenario.model];
  const levels: Record<string, number> = {};
  for (const o of outputsOf(result)) levels[o.id] = valueAt(result, o.id, cursorDay);
  // Agents of the run shown (not of an edit still being simulated), so badges and arrows agree.
  const agents = levelsHidden ? [] : diagramAgents(result.scenario, cursorDay);
  const description = describe(geometry, levelsHidden ? null : levels, agents, day);
  return (
    <section className="panel diagram-panel" aria-labelledby={titleId} data-levels-hidden={levelsHidden || undefined}>
      <div className="diagram-head">
        <h2 id={titleId}>{levelsHidden ? 'The feedback loop (levels after you run the lesson)' : `The feedback loop on day ${day}`}</h2>
        <button type="button" className="link-button" aria-expanded={wordsOpen} aria-controls={`${titleId}-words`} onClick={() => setWordsOpen(!wordsOpen)}>
          In words
        </button>
      </div>
      <LoopDiagram levels={levels} agents={agents} description={description} titleId={titleId} feedback={new Set(feedbackEdges(result.scenario.model).map((e) => edgeKey(e.from, e.site)))} levelsHidden={levelsHidden} geometry={geometry} />
      <div id={`${titleId}-words`} className="diagram-text" hidden={!wordsOpen}>
        <p>{description}</p>
        <p className="hint">{geometry.key}</p>
        <GlossaryTerms ids={geometry.terms} />
      </div>
    </section>
  );
}
