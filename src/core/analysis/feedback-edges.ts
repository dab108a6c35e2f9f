/**
 * The feedback arrows of a model's loop, from its declared feedback terms
 * (definition `feedback`): which output restrains the axis at which site. The
 * loop diagram draws exactly these, so a model shows only the feedback it has.
 */
import type { ModelId } from '../model/ids';
import { MODEL_SOURCES } from '../model/sources';

/** One arrow: `from` (an output id) restrains something at `site`. */
export interface FeedbackEdge {
  readonly from: string;
  readonly site: string;
  /** Declared term ids that make it up, and what they restrain. */
  readonly terms: readonly string[];
  readonly targets: readonly string[];
}

/** Key of an edge for lookups: `from@site`. */
export const edgeKey = (from: string, site: string): string => `${from}@${site}`;

/** The model's feedback edges whose source is one of its outputs. */
export function feedbackEdges(model: ModelId): FeedbackEdge[] {
  const source = MODEL_SOURCES[model];
  const outputs = new Set(source.outputs.map((o) => o.id));
  const edges = new Map<string, { from: string; site: string; terms: string[]; targets: string[] }>();
  for (const term of source.feedback.terms) {
    if (!outputs.has(term.from)) continue;
    const key = edgeKey(term.from, term.site);
    const edge = edges.get(key) ?? { from: term.from, site: term.site, terms: [], targets: [] };
    edge.terms.push(term.id);
    if (!edge.targets.includes(term.target)) edge.targets.push(term.target);
    edges.set(key, edge);
  }
  return [...edges.values()];
}
