/**
 * Calibration anchors of the female model (female-hpg). Each pins a mechanism
 * to a measurement or to the published model the cycle is built on; none is a
 * row of the validation table (docs/validation.md), which checks the result:
 *
 * - cycle: the healthy cycle stays GynCycle's (Röblitz 2013), whose
 *   hypothalamus, pituitary and corpus luteum this model keeps; the follicle
 *   classes that replace its antral stages are fitted to reproduce its hormones;
 * - follicles: the size the dominant follicle reaches before it ovulates;
 * - condition: the pcos-like subject's steady state (anovulation with an
 *   estradiol and inhibin B of a normal pool or more, LH
 *   high relative to FSH, testosterone about doubled);
 * - pituitary: how much LH and FSH rise when the estrogen receptor is blocked
 *   or estradiol is lowered (clomiphene in PCOS, letrozole in cycling women).
 *
 * Targets are in clinical units or ratios; tolerances on the log scale as in
 * ./anchors.ts. Where a number is assumed (a qualitative finding given a size)
 * the source says so.
 */
import type { Anchor } from './anchors';
import { regimen } from './lib';
import { GYNCYCLE_PERIOD, clinicalMean, femaleExperiment, ovulationsFrom, trialCloseness, trialCycle } from './female-lib';

const GYNCYCLE = 'Röblitz et al. 2013 (J Theor Biol 321:8), BIOMD0000000494 integrated at rtol 1e-10 (tests/fixtures/gyncycle-reference.json)';
const ROTTERDAM = 'Rotterdam consensus 2004 (Hum Reprod 19:41)';
const KETTEL = 'Fertil Steril 1993;59:532 (PMID 8458453): clomiphene 150 mg/d for 5 days in 17 women with PCOS, 13 ovulated; LH (pulse amplitude), FSH and estradiol rose';
const CORTINEZ = 'Cortínez et al. 2005 (Fertil Steril, PMID 15652895): letrozole 5 mg on cycle days 3–7 vs the same women’s untreated cycle';

const pcos = femaleExperiment(160, [], ['pcos-like']);
const pcosClomiphene = femaleExperiment(60, [regimen('clomiphene', 6, { everyDays: 1, fromDay: 40, untilDay: 45 })], ['pcos-like']);
// Cycle day 1 is run day 0: letrozole on cycle days 3–7, read on cycle day 7 (run day 6).
const natural = femaleExperiment(12);
const letrozole = femaleExperiment(12, [regimen('letrozole', 2, { everyDays: 1, fromDay: 2, untilDay: 7 })]);

const hormone = (id: string) => () => trialCloseness().hormones.find((h) => h.id === id)!;
const shape = (id: string, label: string, weight: number): Anchor[] => [
  { id: `cycle: ${label}, nRMSE vs GynCycle`, mechanism: 'cycle', source: GYNCYCLE, target: 0.04, tolerance: Math.log(1.5), bound: 'atMost', weight, value: () => hormone(id)().nrmse },
  { id: `cycle: ${label}, peak vs GynCycle`, mechanism: 'cycle', source: GYNCYCLE, target: 1, tolerance: Math.log(1.15), weight, value: () => hormone(id)().peakRatio },
];

/** Mean of the healthy reference cycle's output over cycle days 2–5 (early follicular). */
const earlyFollicular = (id: string): number => {
  const ref = trialCycle().outputs as Readonly<Record<string, { readonly values: ArrayLike<number>; readonly sampleEveryDays: number }>>;
  const { values, sampleEveryDays } = ref[id]!;
  let sum = 0;
  let n = 0;
  for (let k = Math.round(1 / sampleEveryDays); k <= Math.round(4 / sampleEveryDays); k++) { sum += values[k]!; n++; }
  return sum / n;
};

export const FEMALE_ANCHORS: readonly Anchor[] = [
  { id: 'cycle: period vs GynCycle', mechanism: 'cycle', source: GYNCYCLE, target: GYNCYCLE_PERIOD, tolerance: Math.log(1.03), weight: 4, value: () => trialCycle().periodDays },
  ...shape('lh', 'LH', 1),
  ...shape('fsh', 'FSH', 1),
  ...shape('estradiol', 'estradiol', 1.5),
  ...shape('progesterone', 'progesterone', 1.5),
  ...shape('inhibinA', 'inhibin A', 0.7),
  ...shape('inhibinB', 'inhibin B', 0.7),
  {
    id: 'follicles: leading follicle before ovulation, mm', mechanism: 'follicles', source: `${CORTINEZ}: preovulatory diameter 19.3 ± 2.1 mm in the untreated cycles`,
    target: 19.3, tolerance: Math.log(1.11), weight: 4, value: () => Math.max(...Array.from(trialCycle().outputs.follicles.values)),
  },
  { id: 'pcos-like: ovulations in 120 days (+1)', mechanism: 'condition', source: `${ROTTERDAM}: chronic anovulation`, target: 1, tolerance: Math.log(1.5), bound: 'atMost', weight: 10, value: () => 1 + ovulationsFrom(pcos(), 40) },
  { id: 'pcos-like: LH ÷ FSH', mechanism: 'condition', source: 'Eagleson et al. 2000 (JCEM 85:4047): elevated LH in anovulatory PCOS; LH/FSH > 2 in most', target: 2, tolerance: Math.log(1.3), bound: 'atLeast', value: () => clinicalMean(pcos(), 'lh', 120, 160) / clinicalMean(pcos(), 'fsh', 120, 160) },
  { id: 'pcos-like: FSH ÷ healthy early follicular', mechanism: 'condition', source: `${ROTTERDAM}: normogonadotropic (WHO group II); assumed 0.8 of a healthy early-follicular FSH`, target: 0.8, tolerance: Math.log(1.25), weight: 3, value: () => clinicalMean(pcos(), 'fsh', 120, 160) / earlyFollicular('fsh') },
  { id: 'pcos-like: estradiol, pg/mL', mechanism: 'condition', source: `${ROTTERDAM}: normoestrogenic (early-follicular range, assumed 40 pg/mL)`, target: 40, tolerance: Math.log(1.5), value: () => clinicalMean(pcos(), 'estradiol', 120, 160) },
  { id: 'pcos-like: inhibin B ÷ healthy early follicular', mechanism: 'condition', source: `${ROTTERDAM}: a pool of small follicles at least as large as normal (assumed: inhibin B not below a healthy early-follicular level)`, target: 1, tolerance: Math.log(1.3), bound: 'atLeast', value: () => clinicalMean(pcos(), 'inhibinB', 120, 160) / earlyFollicular('inhibinB') },
  { id: 'pcos-like: testosterone ÷ healthy cycle mean', mechanism: 'condition', source: 'hyperandrogenic PCOS: total testosterone about twice that of controls (assumed 2×; range 1.5–3)', target: 2, tolerance: Math.log(1.35), value: () => clinicalMean(pcos(), 'testosterone', 120, 160) / trialCycle().outputs.testosterone.mean },
  { id: 'clomiphene 150 mg, pcos-like: FSH, days 2–5 ÷ before', mechanism: 'pituitary', source: `${KETTEL} (assumed ~1.4×)`, target: 1.4, tolerance: Math.log(1.25), weight: 2, value: () => clinicalMean(pcosClomiphene(), 'fsh', 41, 45) / clinicalMean(pcosClomiphene(), 'fsh', 35, 40) },
  { id: 'clomiphene 150 mg, pcos-like: LH, days 2–5 ÷ before', mechanism: 'pituitary', source: `${KETTEL} (assumed ~1.8×)`, target: 1.8, tolerance: Math.log(1.4), weight: 2, value: () => clinicalMean(pcosClomiphene(), 'lh', 41, 45) / clinicalMean(pcosClomiphene(), 'lh', 35, 40) },
  { id: 'letrozole 5 mg, cycle days 3–7: LH on day 7 ÷ untreated', mechanism: 'pituitary', source: `${CORTINEZ}: LH 5.9 vs 3.5 IU/L`, target: 1.69, tolerance: Math.log(1.3), weight: 2, value: () => clinicalMean(letrozole(), 'lh', 5.5, 6.5) / clinicalMean(natural(), 'lh', 5.5, 6.5) },
  { id: 'letrozole 5 mg, cycle days 3–7: estradiol on day 7 ÷ untreated', mechanism: 'pituitary', source: `${CORTINEZ}: estradiol 98.4 vs 161.5 pmol/L`, target: 0.61, tolerance: Math.log(1.25), value: () => clinicalMean(letrozole(), 'estradiol', 5.5, 6.5) / clinicalMean(natural(), 'estradiol', 5.5, 6.5) },
];

/** Parameters fitted against these anchors (every other value comes from its source). */
export const FEMALE_FREE = [
  'follicleFshThreshold', 'follicleGrowthRate', 'follicleGrowthHalfSize', 'follicleAtresiaRate', 'ovulatorySize', 'ruptureSurgeBinding', 'ovulationYield',
  'poolEstradiol', 'follicleEstradiolMax', 'follicleEstradiolLhHalf', 'follicleEstradiolExponent', 'poolInhibinB', 'follicleInhibinB', 'follicleInhibinA',
  'fshSynthesisEstradiolWeight', 'fshSynthesisEstradiolHalfEffect', 'pcosThecaLhSensitivity', 'frequencyFshThreshold', 'fshSynthesisMax', 'ovarianInhibitorShift',
] as const;
