/**
 * The "why" view: which feedback is doing the work on a given day, from the
 * feedback terms the model declares (its definition's `feedback`: which
 * quantity restrains which, at which site, and how); for male-hpg:
 *
 * Each feedback divides a production rate by a factor ≥ 1 (or, at the GnRH
 * receptor, multiplies a signal by a factor ≤ 1). Its strength is the natural
 * log of that factor ("how many e-folds it holds its target down"), so that
 * factors acting in series add:
 *
 *   androgen receptor → GnRH      ln(1 + A + E)·A/(A + E)     A = aH·Xa^nA, E = eH·Xe^nE
 *   estrogen receptor → GnRH      ln(1 + A + E)·E/(A + E)     (a shared denominator is split
 *                                                               in proportion to its terms)
 *   estrogen receptor → LH        ln(1 + eP·Xe^nE)             pituitary factor on LH release
 *   estrogen → FSH                ln(1 + Ib + Ef)·Ef/(Ib + Ef)  Ib = iB·B, Ef = eF·Xe^nE
 *   inhibin B → FSH               ln(1 + Ib + Ef)·Ib/(Ib + Ef)
 *   receptor desensitization      −ln(1 − Dz)
 *   receptor down-regulation      −ln(min(1, Rn))
 *   antagonist blockade           ln((1 + g + u + b)/(1 + g + u))
 *
 * A term's share is its strength over the sum of all strengths on that day;
 * the same numbers at the healthy man's steady state are the baseline it is
 * compared with. Terms are grouped by their declared mechanism for the chart
 * and the sentence. The shares compare
 * feedbacks across the whole axis (GnRH, LH and FSH together): they say which
 * mechanism restrains the axis most, not by how much one hormone falls.
 */
import type { Scenario } from '../scenario/types';
import type { FeedbackDeclaration, FeedbackSource } from '../model/model-source';
import { probeFeedback, type FeedbackTerms } from './feedback-probe';
import { compiledModelOf } from '../model/compiled-models';

/** A declared feedback term's id (e.g. 'androgenHypothalamus'). */
export type FeedbackTermId = string;

/** A declared mechanism's id (e.g. 'androgen', 'estrogen', 'inhibin', 'receptor'). */
export type FeedbackGroupId = string;

/** One term on one day. */
export interface FeedbackContribution {
  readonly id: FeedbackTermId;
  readonly group: FeedbackGroupId;
  readonly label: string;
  /** What it restrains. */
  readonly target: string;
  /** ln of its suppression factor now, and in the healthy baseline. */
  readonly strength: number;
  readonly baselineStrength: number;
  /** Share of the day's total strength (0–1), and the same in the baseline. */
  readonly share: number;
  readonly baselineShare: number;
}

/** One mechanism on one day (sums of its terms). */
export interface FeedbackGroup {
  readonly id: FeedbackGroupId;
  readonly label: string;
  readonly strength: number;
  readonly baselineStrength: number;
  readonly share: number;
  readonly baselineShare: number;
}

/** The breakdown on one day. */
export interface FeedbackBreakdown {
  readonly day: number;
  readonly contributions: readonly FeedbackContribution[];
  readonly groups: readonly FeedbackGroup[];
  /** Sum of all strengths now and in the baseline. */
  readonly total: number;
  readonly baselineTotal: number;
  /** The drive's level (pulse-averaged GnRH) relative to the healthy baseline, and what it would be without steroid feedback. */
  readonly gnrh: number;
  readonly gnrhUnrestrained: number;
  /** The group with the largest share, or null when no feedback acts. */
  readonly dominant: FeedbackGroupId | null;
  /** One plain sentence: which feedback is doing the work. */
  readonly sentence: string;
}

/** What a group does, as the end of "What restraint remains is …". */
function remainingText(declared: FeedbackDeclaration, group: FeedbackGroupId, contributions: readonly FeedbackContribution[]): string {
  const members = declared.terms.filter((t) => t.group === group);
  const strongest = contributions.filter((c) => c.group === group).sort((a, b) => b.strength - a.strength)[0]!;
  if (members.every((t) => t.kind === 'denominator')) return declared.groups[group]!.detail;
  const noun = declared.terms.find((t) => t.id === strongest.id)?.noun ?? strongest.label;
  return `at the ${strongest.target}, mostly ${noun}`;
}

const split = (total: number, part: number, whole: number): number => (whole > 0 ? (total * part) / whole : 0);

/**
 * Strength (ln of the suppression factor) of every declared term, by its kind:
 * a denominator 1 + Σ terms is split among the terms that share it in proportion;
 * a fraction lost f gives −ln(1 − f); a fraction remaining r gives −ln(min(1, r));
 * a fold loss F gives ln F.
 */
export function termStrengths(terms: readonly FeedbackSource[], values: Readonly<Record<string, number>>): Record<FeedbackTermId, number> {
  const out: Record<string, number> = {};
  for (const term of terms) {
    const v = values[term.id] ?? 0;
    switch (term.kind) {
      case 'denominator': {
        const sharing = term.shares === undefined ? [term] : terms.filter((t) => t.shares === term.shares);
        const sum = sharing.reduce((s, t) => s + (values[t.id] ?? 0), 0);
        out[term.id] = split(Math.log1p(sum), v, sum);
        break;
      }
      case 'fraction-lost':
        out[term.id] = -Math.log1p(-Math.min(Math.max(v, 0), 1 - 1e-12));
        break;
      case 'remaining':
        out[term.id] = -Math.log(Math.min(1, Math.max(v, 1e-12)));
        break;
      case 'fold':
        out[term.id] = Math.log(Math.max(1, v));
        break;
    }
  }
  return out;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function comparedWithBaseline(now: number, baseline: number): string {
  if (baseline <= 0) return now > 0 ? 'where it does nothing in the healthy baseline' : '';
  const ratio = now / baseline;
  if (ratio >= 50) return 'where it does almost nothing in the healthy baseline';
  if (ratio > 0.9 && ratio < 1.1) return 'about as strong as in the healthy baseline';
  if (ratio >= 1.1) return `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)} times its strength in the healthy baseline`;
  return `down to ${percent(ratio)} of its strength in the healthy baseline`;
}

/** The sentence for one day (see FeedbackBreakdown.sentence). */
function sentenceFor(declared: FeedbackDeclaration, groups: readonly FeedbackGroup[], contributions: readonly FeedbackContribution[], gnrhUp: number): string {
  const steroid = (id: string): boolean => declared.groups[id]?.steroid === true;
  const steroidNow = groups.filter((g) => steroid(g.id)).reduce((s, g) => s + g.strength, 0);
  const steroidBase = groups.filter((g) => steroid(g.id)).reduce((s, g) => s + g.baselineStrength, 0);
  const ranked = [...groups].sort((a, b) => b.share - a.share);
  const top = ranked[0]!;
  if (top.strength <= 1e-6) return 'No feedback is restraining the axis at this time.';
  if (steroidNow < 0.02 * steroidBase) {
    const drive = declared.drive?.label ?? 'the drive';
    const gnrh = gnrhUp > 0
      ? `: ${drive} runs at its unrestrained level (${gnrhUp.toFixed(1)} times baseline)`
      : `, and the hypothalamus makes no ${drive} of its own`;
    const rest = ranked.find((g) => !steroid(g.id) && g.strength > 1e-6);
    const remains = rest === undefined ? '' : ` What restraint remains (${percent(rest.share)}) is ${remainingText(declared, rest.id, contributions)}.`;
    return `There is no steroid feedback at this time (testosterone and estradiol are near zero)${gnrh}.${remains}`;
  }
  let label = declared.groups[top.id]!.label;
  if (!declared.terms.filter((t) => t.group === top.id).every((t) => t.kind === 'denominator')) {
    label = contributions.filter((c) => c.group === top.id).sort((a, b) => b.strength - a.strength)[0]!.label;
  }
  const amount = top.share >= 0.5 ? 'most of the work' : 'the largest share of the work';
  const versus = comparedWithBaseline(top.strength, top.baselineStrength);
  const second = ranked[1];
  const also = second !== undefined && second.share >= 0.2 ? ` ${declared.groups[second.id]!.label} adds ${percent(second.share)}.` : '';
  return `${label} is doing ${amount} (${declared.groups[top.id]!.detail}): ${percent(top.share)} of the feedback suppression` +
    `${versus === '' ? '' : `, ${versus}`}.${also}`;
}

/** The breakdown on `day` from the terms there and in the healthy baseline, by the model's declared feedback. */
export function breakdownFromTerms(declared: FeedbackDeclaration, day: number, terms: FeedbackTerms, baseline: FeedbackTerms): FeedbackBreakdown {
  const now = termStrengths(declared.terms, terms.values);
  const base = termStrengths(declared.terms, baseline.values);
  const ids = declared.terms.map((t) => t.id);
  const total = ids.reduce((sum, id) => sum + now[id]!, 0);
  const baselineTotal = ids.reduce((sum, id) => sum + base[id]!, 0);
  const share = (x: number, of: number): number => (of > 0 ? x / of : 0);
  const contributions = declared.terms.map((t): FeedbackContribution => ({
    id: t.id, group: t.group, label: t.label, target: t.target,
    strength: now[t.id]!, baselineStrength: base[t.id]!,
    share: share(now[t.id]!, total), baselineShare: share(base[t.id]!, baselineTotal),
  }));
  const groups = Object.keys(declared.groups).map((id): FeedbackGroup => {
    const members = contributions.filter((c) => c.group === id);
    const sum = (pick: (c: FeedbackContribution) => number): number => members.reduce((s, c) => s + pick(c), 0);
    return {
      id, label: declared.groups[id]!.label,
      strength: sum((c) => c.strength), baselineStrength: sum((c) => c.baselineStrength),
      share: sum((c) => c.share), baselineShare: sum((c) => c.baselineShare),
    };
  });
  const top = [...groups].sort((a, b) => b.share - a.share)[0]!;
  const gnrhUp = terms.unrestrained / baseline.level;
  return {
    day, contributions, groups, total, baselineTotal,
    gnrh: terms.level / baseline.level, gnrhUnrestrained: gnrhUp,
    dominant: top.strength > 1e-6 ? top.id : null,
    sentence: sentenceFor(declared, groups, contributions, gnrhUp),
  };
}

/** Breakdowns of a scenario on `days` (one integration); { ok: false } for a model with one feedback path or a failed run. */
export function feedbackBreakdowns(
  scenario: Scenario,
  days: readonly number[],
): { readonly ok: true; readonly breakdowns: readonly FeedbackBreakdown[] } | { readonly ok: false; readonly message: string } {
  const probe = probeFeedback(scenario, days);
  if (!probe.ok) return probe;
  const declared = compiledModelOf(scenario.model).source.feedback;
  return { ok: true, breakdowns: probe.points.map((p) => breakdownFromTerms(declared, p.day, p.terms, probe.baseline)) };
}

/** The breakdown on one day (the cursor), or why there is none. */
export function feedbackBreakdownAt(
  scenario: Scenario,
  day: number,
): { readonly ok: true; readonly breakdown: FeedbackBreakdown } | { readonly ok: false; readonly message: string } {
  const result = feedbackBreakdowns(scenario, [day]);
  return result.ok ? { ok: true, breakdown: result.breakdowns[0]! } : result;
}
