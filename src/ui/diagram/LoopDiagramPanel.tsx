/** The loop diagram's container: levels and agents on the cursor day, and the diagram in words. */
import { useId } from 'react';
import { AGENT_INFO } from '../../core/agents/agent-info';
import type { Scenario } from '../../core/scenario/types';
import { relativeLevel } from '../../core/analysis/trajectory-summary';
import { outputsOf, valueAt } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { formatDay } from '../labels';
import { GlossaryTerms } from '../glossary/GlossaryLink';
import { LoopDiagram, type DiagramAgent } from './LoopDiagram';
import { edgeKey, feedbackEdges } from '../../core/analysis/feedback-edges';

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

function describe(levels: Readonly<Record<string, number>>, agents: readonly DiagramAgent[], day: number): string {
  const at = (id: string, label: string): string | null => (levels[id] === undefined ? null : `${label} at ${relativeLevel(levels[id])}`);
  const chain = [at('gnrh', 'GnRH'), at('lh', 'LH'), at('fsh', 'FSH'), at('testosterone', 'testosterone'), at('estradiol', 'estradiol'), at('inhibinB', 'inhibin B')]
    .filter((s): s is string => s !== null)
    .join(', ');
  const acting = agents.length === 0
    ? 'No agents are given.'
    : `Agents: ${[...new Set(agents.map((a) => a.id))].map((id) => {
        const own = agents.filter((a) => a.id === id);
        return `${own[0]!.name} acts on the ${own.map((a) => a.site).join(' and ')} (${own.some((a) => a.active) ? 'being given' : 'not being given'} on this day)`;
      }).join('; ')}.`;
  return (
    `Loop on day ${formatDay(day)}: the hypothalamus releases GnRH, which drives LH and FSH from the pituitary; LH drives testosterone ` +
    'from the Leydig cells and FSH drives inhibin B from the Sertoli cells. Testosterone slows the hypothalamus through the androgen receptor; ' +
    `estradiol, made from testosterone by aromatase, slows hypothalamus and pituitary through the estrogen receptor; inhibin B slows FSH. Levels: ${chain}. ${acting}`
  );
}

export function LoopDiagramPanel() {
  const result = useAppStore((s) => s.result);
  const cursorDay = useAppStore((s) => s.cursorDay);
  const titleId = useId();
  if (result === null) return null;
  const levels: Record<string, number> = {};
  for (const o of outputsOf(result)) levels[o.id] = valueAt(result, o.id, cursorDay);
  // Agents of the run shown (not of an edit still being simulated), so badges and arrows agree.
  const agents = diagramAgents(result.scenario, cursorDay);
  const description = describe(levels, agents, cursorDay);
  return (
    <section className="panel diagram-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>The feedback loop on day {formatDay(cursorDay)}</h2>
      <LoopDiagram levels={levels} agents={agents} description={description} titleId={titleId} feedback={new Set(feedbackEdges(result.scenario.model).map((e) => edgeKey(e.from, e.site)))} />
      <details className="diagram-text">
        <summary>The diagram in words</summary>
        <p>{description}</p>
      </details>
      <GlossaryTerms ids={['hypothalamus', 'pituitary', 'gnrh', 'lh', 'fsh', 'leydig-cells', 'sertoli-cells', 'aromatase', 'inhibin-b', 'negative-feedback']} />
    </section>
  );
}
