/** The "why" view (src/core/analysis/feedback-breakdown.ts, feedback-probe.ts). */
import { describe, expect, it } from 'vitest';
import { feedbackBreakdownAt, feedbackBreakdowns, type FeedbackBreakdown } from '../../../src/core/analysis/feedback-breakdown';
import { probeFeedback } from '../../../src/core/analysis/feedback-probe';
import { simulate } from '../../../src/core/simulate';
import { getModel } from '../../../src/core/model/registry';
import { findPreset } from '../../../src/core/scenario/presets';
import type { Regimen, Scenario } from '../../../src/core/scenario/types';

const scenario = (days: number, regimens: Regimen[] = [], extra: Partial<Scenario> = {}): Scenario => ({
  format: 'gonadostat-scenario/1', name: 'why', model: 'male-hpg', days,
  subject: { conditions: [] }, regimens, parameters: {}, output: { everyHours: 6 }, ...extra,
});
const at = (s: Scenario, day: number): FeedbackBreakdown => {
  const result = feedbackBreakdownAt(s, day);
  if (!result.ok) throw new Error(result.message);
  return result.breakdown;
};
const group = (b: FeedbackBreakdown, id: string) => b.groups.find((g) => g.id === id)!;
const term = (b: FeedbackBreakdown, id: string) => b.contributions.find((c) => c.id === id)!;
const daily = (agent: Regimen['agent']): Regimen => ({ agent, dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 });

describe('feedback breakdown at baseline', () => {
  const b = at(scenario(10), 5);

  it('shares sum to 1 and equal the baseline shares', () => {
    expect(b.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
    expect(b.groups.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 12);
    // An untreated run stays at its steady state to well within the solver's tolerance (rtol 1e-4).
    for (const c of b.contributions) expect(c.share).toBeCloseTo(c.baselineShare, 6);
    expect(b.gnrh).toBeCloseTo(1, 6);
  });

  it('the androgen : estrogen split of the GnRH brake follows the weights aH : eH', () => {
    const weight = (id: string): number => getModel('male-hpg').parameters.find((p) => p.id === id)!.value;
    const eH = weight('estrogenFeedbackWeight');
    expect(term(b, 'androgenHypothalamus').strength / term(b, 'estrogenHypothalamus').strength).toBeCloseTo(weight('androgenFeedbackWeight') / eH, 6);
    const heavier = at(scenario(10, [], { parameters: { androgenFeedbackWeight: 1.2 } }), 5);
    expect(term(heavier, 'androgenHypothalamus').strength / term(heavier, 'estrogenHypothalamus').strength).toBeCloseTo(1.2 / eH, 6);
    expect(group(heavier, 'androgen').share).toBeGreaterThan(group(b, 'androgen').share);
  });

  it('says that estrogen-receptor feedback dominates near baseline (docs/model.md, design choice 1)', () => {
    expect(b.dominant).toBe('estrogen');
    expect(b.sentence).toMatch(/^Estrogen-receptor feedback is doing most of the work/);
  });
});

describe('feedback breakdown under treatment', () => {
  it('anastrozole: the estrogen-receptor brake shrinks below baseline, the androgen brake grows (Leder 2004)', () => {
    const b = at(scenario(60, [daily('anastrozole')]), 60);
    expect(group(b, 'estrogen').strength).toBeLessThan(0.8 * group(b, 'estrogen').baselineStrength);
    expect(group(b, 'androgen').strength).toBeGreaterThan(group(b, 'androgen').baselineStrength);
  });

  it('weekly testosterone: the androgen receptor leads, and the unprimed gonadotrope amplifies it (Pitteloud 2008)', () => {
    const b = at(scenario(60, [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }]), 60);
    expect(b.dominant).toBe('androgen');
    expect(group(b, 'androgen').strength).toBeGreaterThan(3 * group(b, 'androgen').baselineStrength);
    expect(group(b, 'androgen').share + group(b, 'estrogen').share + group(b, 'receptor').share).toBeGreaterThan(0.95);
    expect(term(b, 'responsiveness').strength).toBeGreaterThan(term(b, 'desensitization').strength);
    expect(b.sentence).toMatch(/^Androgen-receptor feedback is doing the largest share of the work.*The GnRH receptor itself adds/);
  });

  it('castration: androgen and inhibin feedback are gone; a little estradiol from adrenal precursors remains', () => {
    const b = at(findPreset('castration')!.scenario, 40);
    expect(group(b, 'androgen').strength).toBeLessThan(1e-3);
    expect(group(b, 'inhibin').strength).toBeLessThan(1e-3);
    expect(group(b, 'estrogen').strength).toBeGreaterThan(0);
    expect(group(b, 'estrogen').strength).toBeLessThan(0.25 * group(b, 'estrogen').baselineStrength);
    expect(b.gnrh).toBeGreaterThan(0.75 * b.gnrhUnrestrained);
    expect(b.sentence).toMatch(/^Estrogen-receptor feedback .* down to \d+% of its strength in the healthy baseline/);
  });

  it('a GnRH agonist depot: the receptor itself holds the axis down, mostly through lost priming', () => {
    const b = at(findPreset('gnrh-agonist-depot')!.scenario, 60);
    expect(b.dominant).toBe('receptor');
    expect(term(b, 'responsiveness').strength).toBeGreaterThan(term(b, 'desensitization').strength);
    expect(term(b, 'desensitization').strength).toBeGreaterThan(0.1);
    expect(b.sentence).toMatch(/^Lost gonadotrope priming is doing most of the work.*where it does almost nothing in the healthy baseline/);
  });
});

describe('feedback probe', () => {
  it('rebuilds the run faithfully: its LH and testosterone match simulate() on the same days', () => {
    for (const id of ['trt-restart-protocol', 'gnrh-deficiency-continuous']) {
      const s = findPreset(id)!.scenario;
      const run = simulate(s);
      const days = [3, 190, 200.5, 230].filter((d) => d <= s.days);
      const probe = probeFeedback(s, days);
      if (!probe.ok) throw new Error(probe.message);
      days.forEach((day, j) => {
        const k = run.days.findIndex((d) => Math.abs(d - day) < 1e-9);
        const terms = probe.points[j]!.terms;
        expect(terms.outputs['lh'], `${id} LH day ${day}`).toBeCloseTo(run.series['lh']![k]!, 9);
        expect(terms.outputs['testosterone'], `${id} T day ${day}`).toBeCloseTo(run.series['testosterone']![k]!, 9);
      });
    }
  });

  it('answers several days in any order in one run, and declines the classic model', () => {
    const result = feedbackBreakdowns(findPreset('trt-abrupt-stop')!.scenario, [300, 0, 100]);
    expect(result.ok && result.breakdowns.map((b) => b.day)).toEqual([300, 0, 100]);
    expect(feedbackBreakdownAt(findPreset('classic-smith')!.scenario, 1)).toEqual({ ok: false, message: expect.stringMatching(/male-hpg/) });
  });
});
