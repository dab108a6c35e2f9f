/**
 * The "why" view: which feedback is doing the work on a given day, from the
 * male HPG model's own terms (../model/male-hpg/feedback-terms.ts).
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
 * compared with. Terms are grouped by mechanism (androgen, estrogen, inhibin B,
 * the GnRH receptor) for the chart and the sentence. The shares compare
 * feedbacks across the whole axis (GnRH, LH and FSH together): they say which
 * mechanism restrains the axis most, not by how much one hormone falls.
 */
import type { Scenario } from '../scenario/types';
import type { FeedbackTerms } from '../model/male-hpg/feedback-terms';
import { probeFeedback } from './feedback-probe';

/** The feedback terms shown. */
export type FeedbackTermId =
  | 'androgenHypothalamus' | 'estrogenHypothalamus' | 'estrogenPituitary' | 'estrogenFsh' | 'inhibinFsh'
  | 'desensitization' | 'downregulation' | 'antagonist';

/** Mechanisms the terms belong to. */
export type FeedbackGroupId = 'androgen' | 'estrogen' | 'inhibin' | 'receptor';

/** One term on one day. */
export interface FeedbackContribution {
  readonly id: FeedbackTermId;
  readonly group: FeedbackGroupId;
  readonly label: string;
  /** What it restrains. */
  readonly target: 'GnRH' | 'LH' | 'FSH' | 'GnRH receptor';
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
  /** Pulse-averaged GnRH output relative to the healthy baseline, and what it would be without steroid feedback. */
  readonly gnrh: number;
  readonly gnrhUnrestrained: number;
  /** The group with the largest share, or null when no feedback acts. */
  readonly dominant: FeedbackGroupId | null;
  /** One plain sentence: which feedback is doing the work. */
  readonly sentence: string;
}

const TERM_INFO: Readonly<Record<FeedbackTermId, { group: FeedbackGroupId; label: string; target: FeedbackContribution['target'] }>> = {
  androgenHypothalamus: { group: 'androgen', label: 'Androgen receptor on GnRH', target: 'GnRH' },
  estrogenHypothalamus: { group: 'estrogen', label: 'Estrogen receptor on GnRH', target: 'GnRH' },
  estrogenPituitary: { group: 'estrogen', label: 'Estrogen receptor on LH release', target: 'LH' },
  estrogenFsh: { group: 'estrogen', label: 'Estrogen on FSH', target: 'FSH' },
  inhibinFsh: { group: 'inhibin', label: 'Inhibin B on FSH', target: 'FSH' },
  desensitization: { group: 'receptor', label: 'GnRH-receptor desensitization', target: 'GnRH receptor' },
  downregulation: { group: 'receptor', label: 'GnRH-receptor down-regulation', target: 'GnRH receptor' },
  antagonist: { group: 'receptor', label: 'GnRH-receptor blockade', target: 'GnRH receptor' },
};

const GROUP_LABELS: Readonly<Record<FeedbackGroupId, string>> = {
  androgen: 'Androgen-receptor feedback',
  estrogen: 'Estrogen-receptor feedback',
  inhibin: 'Inhibin B feedback',
  receptor: 'The GnRH receptor itself',
};

const GROUP_DETAIL: Readonly<Record<FeedbackGroupId, string>> = {
  androgen: 'testosterone acting on the hypothalamus',
  estrogen: 'estradiol acting on the hypothalamus and pituitary',
  inhibin: 'inhibin B from the testes restraining FSH',
  receptor: 'desensitized, down-regulated or blocked GnRH receptors',
};

const RECEPTOR_NOUNS: Readonly<Partial<Record<FeedbackTermId, string>>> = {
  desensitization: 'desensitization',
  downregulation: 'down-regulation',
  antagonist: 'blockade by an antagonist',
};

/** What a group does, as the end of "What restraint remains is …". */
function remainingText(group: FeedbackGroupId, contributions: readonly FeedbackContribution[]): string {
  if (group === 'inhibin') return 'inhibin B holding FSH down';
  if (group !== 'receptor') return GROUP_LABELS[group].toLowerCase();
  const strongest = contributions.filter((c) => c.group === 'receptor').sort((a, b) => b.strength - a.strength)[0]!;
  return `at the GnRH receptor, mostly ${RECEPTOR_NOUNS[strongest.id] ?? strongest.label}`;
}

const split = (total: number, part: number, whole: number): number => (whole > 0 ? (total * part) / whole : 0);

/** Strength (ln of the suppression factor) of every term. */
export function termStrengths(t: FeedbackTerms): Record<FeedbackTermId, number> {
  const hypothalamus = Math.log1p(t.androgenHypothalamus + t.estrogenHypothalamus);
  const steroids = t.androgenHypothalamus + t.estrogenHypothalamus;
  const fsh = Math.log1p(t.inhibinFsh + t.estrogenFsh);
  const fshTerms = t.inhibinFsh + t.estrogenFsh;
  return {
    androgenHypothalamus: split(hypothalamus, t.androgenHypothalamus, steroids),
    estrogenHypothalamus: split(hypothalamus, t.estrogenHypothalamus, steroids),
    estrogenPituitary: Math.log1p(t.estrogenPituitary),
    estrogenFsh: split(fsh, t.estrogenFsh, fshTerms),
    inhibinFsh: split(fsh, t.inhibinFsh, fshTerms),
    desensitization: -Math.log1p(-Math.min(Math.max(t.desensitized, 0), 1 - 1e-12)),
    downregulation: -Math.log(Math.min(1, Math.max(t.responsiveness, 1e-12))),
    antagonist: Math.log(Math.max(1, t.antagonistBlock)),
  };
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function comparedWithBaseline(now: number, baseline: number): string {
  if (baseline <= 0) return now > 0 ? 'where it does nothing in the healthy baseline' : '';
  const ratio = now / baseline;
  if (ratio > 0.9 && ratio < 1.1) return 'about as strong as in the healthy baseline';
  if (ratio >= 1.1) return `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)} times its strength in the healthy baseline`;
  return `down to ${percent(ratio)} of its strength in the healthy baseline`;
}

/** The sentence for one day (see FeedbackBreakdown.sentence). */
function sentenceFor(groups: readonly FeedbackGroup[], contributions: readonly FeedbackContribution[], gnrhUp: number): string {
  const by = (id: FeedbackGroupId): FeedbackGroup => groups.find((g) => g.id === id)!;
  const steroidNow = by('androgen').strength + by('estrogen').strength;
  const steroidBase = by('androgen').baselineStrength + by('estrogen').baselineStrength;
  const ranked = [...groups].sort((a, b) => b.share - a.share);
  const top = ranked[0]!;
  if (top.strength <= 1e-6) return 'No feedback is restraining the axis at this time.';
  if (steroidNow < 0.02 * steroidBase) {
    const gnrh = gnrhUp > 0
      ? `: GnRH runs at its unrestrained level (${gnrhUp.toFixed(1)} times baseline)`
      : ', and the hypothalamus makes no GnRH of its own';
    const rest = ranked.find((g) => g.id !== 'androgen' && g.id !== 'estrogen' && g.strength > 1e-6);
    const remains = rest === undefined ? '' : ` What restraint remains (${percent(rest.share)}) is ${remainingText(rest.id, contributions)}.`;
    return `There is no steroid feedback at this time (testosterone and estradiol are near zero)${gnrh}.${remains}`;
  }
  let label = GROUP_LABELS[top.id];
  if (top.id === 'receptor') {
    const strongest = contributions.filter((c) => c.group === 'receptor').sort((a, b) => b.strength - a.strength)[0]!;
    label = strongest.label;
  }
  const amount = top.share >= 0.5 ? 'most of the work' : 'the largest share of the work';
  const versus = comparedWithBaseline(top.strength, top.baselineStrength);
  const second = ranked[1]!;
  const also = second.share >= 0.2 ? ` ${GROUP_LABELS[second.id]} adds ${percent(second.share)}.` : '';
  return `${label} is doing ${amount} (${GROUP_DETAIL[top.id]}): ${percent(top.share)} of the feedback suppression` +
    `${versus === '' ? '' : `, ${versus}`}.${also}`;
}

/** The breakdown on `day` from the terms there and in the healthy baseline. */
export function breakdownFromTerms(day: number, terms: FeedbackTerms, baseline: FeedbackTerms): FeedbackBreakdown {
  const now = termStrengths(terms);
  const base = termStrengths(baseline);
  const ids = Object.keys(TERM_INFO) as FeedbackTermId[];
  const total = ids.reduce((sum, id) => sum + now[id], 0);
  const baselineTotal = ids.reduce((sum, id) => sum + base[id], 0);
  const share = (x: number, of: number): number => (of > 0 ? x / of : 0);
  const contributions = ids.map((id): FeedbackContribution => ({
    id, ...TERM_INFO[id],
    strength: now[id], baselineStrength: base[id],
    share: share(now[id], total), baselineShare: share(base[id], baselineTotal),
  }));
  const groups = (Object.keys(GROUP_LABELS) as FeedbackGroupId[]).map((id): FeedbackGroup => {
    const members = contributions.filter((c) => c.group === id);
    const sum = (pick: (c: FeedbackContribution) => number): number => members.reduce((s, c) => s + pick(c), 0);
    return {
      id, label: GROUP_LABELS[id],
      strength: sum((c) => c.strength), baselineStrength: sum((c) => c.baselineStrength),
      share: sum((c) => c.share), baselineShare: sum((c) => c.baselineShare),
    };
  });
  const top = [...groups].sort((a, b) => b.share - a.share)[0]!;
  const gnrhUp = terms.gnrhUnrestrained / baseline.gnrh;
  return {
    day, contributions, groups, total, baselineTotal,
    gnrh: terms.gnrh / baseline.gnrh, gnrhUnrestrained: gnrhUp,
    dominant: top.strength > 1e-6 ? top.id : null,
    sentence: sentenceFor(groups, contributions, gnrhUp),
  };
}

/** Breakdowns of a male-hpg scenario on `days` (one integration); { ok: false } for another model or a failed run. */
export function feedbackBreakdowns(
  scenario: Scenario,
  days: readonly number[],
): { readonly ok: true; readonly breakdowns: readonly FeedbackBreakdown[] } | { readonly ok: false; readonly message: string } {
  const probe = probeFeedback(scenario, days);
  if (!probe.ok) return probe;
  return { ok: true, breakdowns: probe.points.map((p) => breakdownFromTerms(p.day, p.terms, probe.baseline)) };
}

/** The breakdown on one day (the cursor), or why there is none. */
export function feedbackBreakdownAt(
  scenario: Scenario,
  day: number,
): { readonly ok: true; readonly breakdown: FeedbackBreakdown } | { readonly ok: false; readonly message: string } {
  const result = feedbackBreakdowns(scenario, [day]);
  return result.ok ? { ok: true, breakdown: result.breakdowns[0]! } : result;
}
