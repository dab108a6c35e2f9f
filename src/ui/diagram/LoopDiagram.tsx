/**
 * The loop diagram of an axis (./loop-geometry.ts, ./loop-geometry-female.ts,
 * ./gh-loop-geometry.ts): hypothalamus → pituitary → testes, ovaries or liver,
 * and the feedback back up (for a man T via the androgen receptor, E2 via the
 * estrogen receptor, inhibin B; for a woman estradiol, progesterone and the
 * inhibins; on the GH axis somatostatin and IGF-1),
 * each arrow as wide as its signal on the cursor day; each agent drawn where
 * it acts (solid while it is being given, outlined otherwise). SVG with a
 * generated text description. Props in.
 */
import type { AgentSite } from '../../core/agents/agent-info';
import { formatRelative } from '../labels';
import { signalWidth, VIEW, type DiagramGeometry, type SiteAnchors } from './loop-geometry';

/** An agent as drawn on the diagram. */
export interface DiagramAgent {
  readonly id: string;
  readonly name: string;
  readonly site: AgentSite;
  /** Being given on the cursor day. */
  readonly active: boolean;
}

export interface LoopDiagramProps {
  /** Output levels on the cursor day, relative to baseline; missing outputs are not in the model. */
  readonly levels: Readonly<Record<string, number>>;
  readonly agents: readonly DiagramAgent[];
  readonly description: string;
  readonly titleId: string;
  /** Declared feedback edges (`output@site`, core/analysis/feedback-edges.ts); feedback arrows not among them are not drawn. */
  readonly feedback?: ReadonlySet<string>;
  /** Draw the loop without its levels (every arrow at the baseline width, "?" for its value). */
  readonly levelsHidden?: boolean;
  /** The axis drawn (its boxes, arrows and agent anchors). */
  readonly geometry: DiagramGeometry;
}

const BADGE_H = 22;
/**
 * Width per character of a badge's text, user units. The bold label measures 8.0–8.9 units a
 * character at its 14 px and 9.2–10.2 at presentation mode's 16 px (Chromium, DejaVu Sans); the
 * text is fitted to this width by spacing (textLength), so it neither overflows its pill in one mode
 * (white text off a solid pill is invisible) nor floats loose in the other.
 */
const BADGE_CHAR_W = 9.4;
const BADGE_PAD = 16;

/** Where each agent's badge goes: badges of one site stack downward from its anchor. */
function placeBadges(agents: readonly DiagramAgent[], anchors: SiteAnchors): { agent: DiagramAgent; x: number; y: number; w: number }[] {
  const stacks = new Map<string, number>();
  return agents.map((agent) => {
    const anchor = anchors[agent.site];
    const k = stacks.get(anchor.stack) ?? 0;
    stacks.set(anchor.stack, k + 1);
    return { agent, x: anchor.x, y: anchor.y + k * (BADGE_H + 4), w: BADGE_PAD + agent.name.length * BADGE_CHAR_W };
  });
}

export function LoopDiagram({ levels, agents, description, titleId, feedback, levelsHidden = false, geometry }: LoopDiagramProps) {
  const badges = placeBadges(agents, geometry.anchors);
  // As tall as its content: the organs, and the lowest badge.
  const height = Math.max(VIEW.minHeight, ...badges.map((b) => b.y + BADGE_H + 6));
  return (
    <svg className="loop-diagram" viewBox={`0 0 ${VIEW.width} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`}>
      <desc id={`${titleId}-desc`}>{description}</desc>
      <defs>
        <marker id="arrow-stim" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">
          <path d="M0 0 L10 5 L0 10 z" fill="#1a1a1a" />
        </marker>
        <marker id="arrow-inhib" viewBox="0 0 4 14" refX="2" refY="7" markerWidth="5" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto">
          <rect x="0" y="0" width="4" height="14" fill="#A0361A" />
        </marker>
      </defs>
      {geometry.organs.map((o) => (
        <g key={o.id} className={`organ organ-${o.id}`}>
          <rect x={o.x} y={o.y} width={o.w} height={o.h} rx={12} />
          <text x={o.x + o.w / 2} y={o.y + (o.sub === undefined ? o.h / 2 + 6 : o.h / 2 - 2)} textAnchor="middle" className="organ-label">
            {o.label}
          </text>
          {o.sub !== undefined && (
            <text x={o.x + o.w / 2} y={o.y + o.h / 2 + 16} textAnchor="middle" className="organ-sub">
              {o.sub}
            </text>
          )}
        </g>
      ))}
      {geometry.signals.filter((s) => s.site === undefined || feedback === undefined || feedback.has(`${s.output}@${s.site}`)).map((s) => {
        const level = levelsHidden ? 1 : levels[s.output];
        const missing = level === undefined;
        const color = s.effect === 'inhibits' ? '#A0361A' : '#1a1a1a';
        return (
          <g key={s.id} className={`signal signal-${s.id}${missing ? ' is-missing' : ''}`} data-level={missing || levelsHidden ? '' : level.toFixed(3)}>
            <title>{s.title}</title>
            <path
              d={s.d}
              fill="none"
              stroke={missing ? '#9a9a9a' : color}
              strokeWidth={missing ? 1.5 : signalWidth(level)}
              strokeDasharray={missing ? '4 4' : s.effect === 'inhibits' ? '9 4' : undefined}
              markerEnd={missing ? undefined : `url(#${s.effect === 'inhibits' ? 'arrow-inhib' : 'arrow-stim'})`}
            />
            {s.label !== '' && (
              <text x={s.labelAt.x} y={s.labelAt.y} textAnchor={s.labelAt.anchor} className="signal-label">
                {s.label.split('\n').map((line, i) => (
                  <tspan key={line} x={s.labelAt.x} dy={i === 0 ? 0 : '1.15em'}>
                    {line}
                  </tspan>
                ))}
                {s.showValue !== false && (
                  <tspan x={s.labelAt.x} dy="1.15em" className="signal-value">
                    {missing ? 'not in this model' : levelsHidden ? '?' : formatRelative(level)}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
      {badges.map(({ agent: a, x, y, w }) => (
        <g key={`${a.id}-${a.site}`} className={`agent-badge${a.active ? ' is-active' : ''}`}>
          <rect x={x} y={y} width={w} height={BADGE_H} rx={11} />
          <text x={x + w / 2} y={y + 15.5} textAnchor="middle" textLength={w - BADGE_PAD} lengthAdjust="spacing">
            {a.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
