/**
 * Calibration anchors of the spermatogenic pipeline and inhibin B (conventions
 * as in ./anchors.ts). Sperm output is relative to the man's own baseline; the
 * sperm concentrations of the sources are read against a baseline of ~65 M/mL
 * (the WHO trials' men), so 10, 3 and 1 M/mL are 0.15, 0.046 and 0.015.
 */
import { resolveParameters } from '../../src/core/model/parameter';
import { MALE_HPG_PARAMETERS } from '../../src/core/model/male-hpg/definition';
import { SPERM_STAGES } from '../../src/core/model/male-hpg/definition/equations';
import type { Anchor } from './anchors';
import { at, experiment, mean, pre, regimen, trialParameters } from './lib';
import { assertValidScenario } from '../../src/core/scenario/validate';
import { MODELS } from '../../src/core/model/registry';
import { integrate } from '../../src/core/solver/integrate';
import type { Regimen } from '../../src/core/scenario/types';

// TE 200 mg weekly for 26 weeks, then stopped (end of treatment = first missed dose, day 189; Handelsman 2005).
const teCourse = experiment(182 + 220, [regimen('testosterone-cypionate', 1, { everyDays: 7, untilDay: 182 })], [], 24);
const END = 189;
const pellet = experiment(200, [regimen('testosterone-pellet', 1, { everyDays: 365 })], [], 24);
// TE weekly; from day 100 hCG 5000 IU three times a week (every 56 h).
const teHcg5000 = experiment(230, [regimen('testosterone-cypionate', 1, { everyDays: 7 }), regimen('hcg', 10, { everyHours: 56, fromDay: 100 }), regimen('hcg', 10, { everyHours: 56, fromDay: 100 })], [], 24);
// hCG 5000 IU twice a week (every 84 h), alone.
const hcgAlone = experiment(210, [regimen('hcg', 10, { everyHours: 84 }), regimen('hcg', 10, { everyHours: 84 })], [], 24);
const teHcg500 = experiment(365, [regimen('testosterone-cypionate', 1, { everyDays: 7 }), regimen('hcg', 2, { everyDays: 2 })], [], 24);
const gnrhDeficiency = experiment(5, [], ['gnrh-deficiency']);

/**
 * Steady sperm output with FSH alone (Matsumoto 1983): the pipeline's closed
 * form at intratesticular T 0.06 (Coviello 2005) and FSH 2.8× baseline (273 vs
 * 98 ng/mL), with the stage losses of equations.ts (4 early stages, 8 later).
 */
function fshAloneOutput(): number {
  const v = resolveParameters(MALE_HPG_PARAMETERS, trialParameters());
  const p = (id: string): number => v[id]!;
  const n = p('ittSupportHill');
  const support = (itt: number, fsh: number): number =>
    (p('ittSupportShare') * itt ** n) / (itt ** n + p('ittHalfSupport') ** n) + ((1 - p('ittSupportShare')) * fsh) / (fsh + p('fshHalfSupport'));
  const entry = (fsh: number): number => p('fshIndependentEntry') + ((1 - p('fshIndependentEntry')) * fsh) / (fsh + p('fshHalfEntry'));
  const kappa = SPERM_STAGES / p('spermatogenesisDays');
  const loss = p('germCellLossRate') * (support(1, 1) - support(0.06, 2.8));
  const early = 4;
  return (entry(2.8) / entry(1)) * (kappa / (kappa + loss)) ** early * (kappa / (kappa + p('lateStageLossShare') * loss)) ** (SPERM_STAGES - early);
}

/** Germ-cell stages (relative to baseline) on a day of a run: the compiled problem's states, read by integrate. */
function stagesOn(days: number, regimens: readonly Regimen[], day: number): () => Float64Array {
  let cached: { key: string; stages: Float64Array } | undefined;
  return () => {
    const key = JSON.stringify(trialParameters());
    if (cached?.key !== key) {
      const scenario = assertValidScenario(
        { format: 'gonadostat-scenario/1', name: 'stages', model: 'male-hpg', days, subject: { conditions: [] }, regimens, parameters: trialParameters(), output: { everyHours: 24 } },
        (id) => MODELS[id],
      );
      const problem = MODELS['male-hpg'].buildProblem(scenario);
      const r = integrate(problem.rhs, problem.y0, 0, days * 24, { rtol: 1e-6, atol: 1e-9, outputTimes: Float64Array.of(day * 24), events: problem.events });
      const names = problem.stateNames;
      cached = { key, stages: Float64Array.from({ length: SPERM_STAGES }, (_, j) => r.states[names.indexOf(`G${j + 1}`)]!) };
    }
    return cached.stages;
  };
}
const stageMean = (stages: Float64Array, from: number, to: number): number => stages.slice(from - 1, to).reduce((a, b) => a + b, 0) / (to - from + 1);
// TE 200 mg weekly, testicular biopsy after 19–24 weeks (Zhengwei 1998): germ cells on day 150.
const teBiopsy = stagesOn(151, [regimen('testosterone-cypionate', 1, { everyDays: 7 })], 150);

const HANDELSMAN_2005 = 'Handelsman 2005 Hum Reprod 20:1733 (TE 200 mg/week';
const HANDELSMAN_1992 = 'Handelsman 1992 JCEM 75:1326 (six 200 mg implants';

/** The spermatogenesis and inhibin B anchors. */
export const SPERM_ANCHORS: readonly Anchor[] = [
  { id: 'TE 200 mg/week: sperm at month 1', mechanism: 'sperm', source: `${HANDELSMAN_1992} vs TE: output −17% at month 1 on TE)`, target: 0.83, tolerance: 0.15, value: () => at(teCourse(), 'sperm', 30) },
  { id: 'TE: sperm at 6.8 weeks (10 M/mL)', mechanism: 'sperm', source: `${HANDELSMAN_2005}: 10 M/mL at 6.8 weeks)`, target: 0.15, tolerance: 0.4, value: () => at(teCourse(), 'sperm', 48) },
  { id: 'TE: sperm at 10 weeks (3 M/mL)', mechanism: 'sperm', source: `${HANDELSMAN_2005}: 3 M/mL at 10.0 weeks)`, target: 0.046, tolerance: 0.5, value: () => at(teCourse(), 'sperm', 70) },
  { id: 'TE: sperm at 13 weeks (1 M/mL)', mechanism: 'sperm', source: `${HANDELSMAN_2005}: 1 M/mL at 13.0 weeks)`, target: 0.015, tolerance: 0.6, value: () => at(teCourse(), 'sperm', 91) },
  { id: 'TE: sperm at 5 months', mechanism: 'sperm', source: 'WHO 1990 Lancet 336:955 (azoospermia at a mean 120 ± 40 days in 65% of men)', target: 0.006, tolerance: 0.8, value: () => at(teCourse(), 'sperm', 150) },
  { id: 'after TE: sperm 9 weeks after the end (3 M/mL)', mechanism: 'sperm', source: `${HANDELSMAN_2005}: recovery to 3 M/mL at 9.0 weeks)`, target: 0.046, tolerance: 0.6, weight: 3, value: () => at(teCourse(), 'sperm', END + 63) },
  { id: 'after TE: sperm 13.6 weeks after the end (20 M/mL)', mechanism: 'sperm', source: `${HANDELSMAN_2005}: 20 M/mL at 13.6 weeks); Liu 2006 Lancet 367:1412 (median 3.4 months)`, target: 0.3, tolerance: 0.35, weight: 3, value: () => at(teCourse(), 'sperm', END + 95) },
  { id: 'after TE: sperm 6.7 months after stopping', mechanism: 'sperm', source: 'WHO 1990 Lancet 336:955 (own baseline at 6.7 months); Handelsman 2005 (plateau ~85%)', target: 0.9, tolerance: 0.15, value: () => at(teCourse(), 'sperm', 182 + 204) },
  { id: 'TE: inhibin B at 5 months', mechanism: 'sperm', source: 'Wallace 1993 JCEM 77:290 (inhibin fell ~2.5-fold)', target: 0.4, tolerance: 0.25, value: () => at(teCourse(), 'inhibinB', 150) },
  { id: 'T pellets: sperm at month 1', mechanism: 'sperm', source: `${HANDELSMAN_1992}: output −58% at month 1)`, target: 0.42, tolerance: 0.25, value: () => at(pellet(), 'sperm', 30) },
  { id: 'T pellets: sperm, months 2–4', mechanism: 'sperm', source: `${HANDELSMAN_1992}: near-azoospermia in months 2–4)`, target: 0.03, tolerance: 0.6, bound: 'atMost', value: () => mean(pellet(), 'sperm', 60, 120) },
  { id: 'T pellets: sperm at month 6', mechanism: 'sperm', source: `${HANDELSMAN_1992}: normal again by month 6)`, target: 0.7, tolerance: 0.2, bound: 'atLeast', value: () => at(pellet(), 'sperm', 180) },
  { id: 'TE + hCG 5000 IU 3×/week: sperm', mechanism: 'sperm', source: 'Bremner 1981 JCI 68:1044 (FSH suppressed: 46 vs 106 M/mL)', target: 0.43, tolerance: 0.3, value: () => mean(teHcg5000(), 'sperm', 200, 230) },
  { id: 'hCG 5000 IU 2×/week alone: sperm, months 3–7', mechanism: 'sperm', source: 'Matsumoto 1986 JCEM 62:1184 (FSH suppressed: 22 vs 88 M/mL)', target: 0.25, tolerance: 0.35, value: () => mean(hcgAlone(), 'sperm', 90, 210) },
  { id: 'FSH alone with ITT ~6%: steady sperm', mechanism: 'sperm', source: 'Matsumoto 1983 JCI 72:1005 (33 vs 94 M/mL with FSH 2.8× and LH suppressed); ITT from Coviello 2005', target: 0.35, tolerance: 0.3, value: fshAloneOutput },
  { id: 'TE + hCG 500 IU every other day: sperm at 1 year', mechanism: 'sperm', source: 'Hsieh 2013 J Urol 189:647 (26 men: semen unchanged, none azoospermic)', target: 0.7, tolerance: 0.2, bound: 'atLeast', value: () => at(teHcg500(), 'sperm', 365) },
  { id: 'TE 19–24 weeks: type B spermatogonia (stages 1–2)', mechanism: 'sperm', source: 'Zhengwei 1998 JCEM 83:1284 (biopsies of 5 men on TE 200 mg/week: type B spermatogonia 10% of control, type A unchanged)', target: 0.1, tolerance: 0.5, value: () => stageMean(teBiopsy(), 1, 2) },
  { id: 'TE 19–24 weeks: spermatocytes and round spermatids (stages 3–11)', mechanism: 'sperm', source: 'Zhengwei 1998 JCEM 83:1284 (later germ cell types 11–18% of control)', target: 0.14, tolerance: 0.4, value: () => stageMean(teBiopsy(), 3, 11) },
  { id: 'TE 19–24 weeks: elongated spermatids (stage 12)', mechanism: 'sperm', source: 'Zhengwei 1998 JCEM 83:1284 (elongated spermatids 1.4–20% of control while 4 of 5 men were azoospermic)', target: 0.05, tolerance: 1.0, value: () => teBiopsy()[SPERM_STAGES - 1]! },
  { id: 'untreated GnRH deficiency: inhibin B', mechanism: 'sperm', source: 'Nachtigall 1996 JCEM 81:3520 (85 vs 239 pg/mL)', target: 0.36, tolerance: 0.3, value: () => pre(gnrhDeficiency(), 'inhibinB') },
];
