/**
 * Presets of the male HPG model: each a complete scenario file plus what to
 * look for. Descriptions say what the model shows and why (the feedback at
 * work), with magnitudes quoted loosely from the model's own run; they make no
 * claim about any person's treatment.
 */
import type { Preset } from './preset';
import { every, maleScenario, weeklyTestosterone } from '../build';

export const HEALTHY_BASELINE: Preset = {
  id: 'healthy-baseline',
  title: 'Healthy baseline',
  lookFor: 'Nothing moves: every hormone stays at 1, because each one’s production exactly balances its clearance and the feedback loops hold the set point.',
  focus: ['lh', 'fsh', 'testosterone', 'estradiol'],
  scenario: maleScenario('Healthy baseline', 365, []),
};

export const TRT_WEEKLY: Preset = {
  id: 'trt-weekly',
  title: 'Weekly testosterone (TRT)',
  lookFor:
    'Serum testosterone about doubles and saw-tooths with each injection. Through the androgen receptor, helped by the extra estradiol, it cuts GnRH to about a sixth, too little to keep the gonadotropes primed: LH and FSH fall below a tenth within about two weeks. ' +
    'Without LH the testes make almost no testosterone of their own, intratesticular testosterone falls below a tenth and Leydig capacity drifts down to about half over the year; sperm production falls below half after about six weeks and to a few percent by three months.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'itt', 'sperm'],
  scenario: maleScenario('Weekly testosterone injections', 365, [weeklyTestosterone()]),
};

export const TRT_GONADORELIN_ANASTROZOLE: Preset = {
  id: 'trt-gonadorelin-anastrozole',
  title: 'TRT + gonadorelin + anastrozole twice weekly',
  lookFor:
    'Neither add-on protects the testes. Twice-weekly gonadorelin cannot keep the gonadotropes primed, so after the first weeks each injection barely lifts LH, to about a tenth of baseline for a few hours. ' +
    'Anastrozole keeps estradiol near baseline instead of half again above it, but testosterone brakes GnRH through the androgen receptor on its own: LH and FSH stay near 5%, intratesticular testosterone below a tenth, and sperm production falls to a few percent, as with testosterone alone.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'estradiol', 'itt', 'sperm'],
  scenario: maleScenario('Weekly testosterone with gonadorelin and anastrozole twice weekly', 365, [
    weeklyTestosterone(),
    every('gonadorelin', 3.5, 0),
    every('anastrozole', 3.5, 0),
  ]),
};

export const TRT_ENCLOMIPHENE: Preset = {
  id: 'trt-enclomiphene',
  title: 'TRT + enclomiphene',
  lookFor:
    'Enclomiphene hides estradiol from the hypothalamus and pituitary, but the injected testosterone brakes GnRH through the androgen receptor on its own: in the model LH, FSH, intratesticular testosterone and sperm production fall just as with testosterone alone.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'fsh', 'sperm'],
  scenario: maleScenario('Weekly testosterone with daily enclomiphene', 365, [
    weeklyTestosterone(),
    every('enclomiphene', 1, 0),
  ]),
};

export const TRT_ABRUPT_STOP: Preset = {
  id: 'trt-abrupt-stop',
  title: 'TRT for 6 months, then an abrupt stop',
  lookFor:
    'After the last injection (day 175) clears, testosterone dips to about half and stays below 90% of baseline for about ten days, the withdrawal trough: the brain’s steroid brakes let go over days, and LH lags GnRH while the gonadotropes regain their priming. ' +
    'Then LH overshoots, and testosterone is back near baseline about three weeks after the last injection. Leydig capacity, about half after six months without LH, regrows over months while LH stays a little raised; sperm production takes about three months to reach half and four to be back.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'leydig', 'sperm'],
  scenario: maleScenario('Weekly testosterone for 6 months, then stop', 547, [weeklyTestosterone(182)]),
};

export const TRT_RESTART: Preset = {
  id: 'trt-restart-protocol',
  title: 'TRT for 6 months, then a restart protocol',
  lookFor:
    'Compare with the abrupt stop (pin it first). The trough after the last injection is only a little shallower (about 0.6 instead of 0.55) and a few days shorter: it is set by the brain’s slow steroid signals and the pituitary regaining its priming. ' +
    'While tamoxifen and clomiphene block estrogen feedback, LH runs about twice baseline and testosterone about 1.4 times; the gonadorelin injections add brief LH spikes. Sperm production comes back only days sooner.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'leydig', 'sperm'],
  scenario: maleScenario('Weekly testosterone for 6 months, then a restart protocol', 547, [
    weeklyTestosterone(182),
    every('gonadorelin', 3.5, 182, 238),
    every('tamoxifen', 1, 186, 276),
    every('clomiphene', 1, 186, 276, 0.5),
    every('anastrozole', 3.5, 186, 238, 0.5),
  ]),
};

export const CLOMIPHENE_OBESITY: Preset = {
  id: 'clomiphene-obesity',
  title: 'Clomiphene for low testosterone with obesity',
  lookFor:
    'Extra aromatase in fat turns more testosterone into estradiol, whose feedback holds LH down: before treatment testosterone is about 30% low and LH is not raised. ' +
    'Clomiphene blocks that feedback: within weeks LH rises about 2.4-fold and testosterone about 1.9-fold, and estradiol rises too (about 1.6-fold), because aromatase is untouched. Zuclomiphene builds up over weeks.',
  focus: ['lh', 'testosterone', 'estradiol'],
  scenario: maleScenario('Daily clomiphene in a man with obesity', 180, [every('clomiphene', 1, 14)], { conditions: ['obesity'] }),
};

export const GNRH_PUMP: Preset = {
  id: 'gnrh-deficiency-pump',
  title: 'GnRH deficiency: a gonadorelin pump, 2.5 µg pulses every 90 minutes',
  lookFor:
    'With no hypothalamic GnRH, LH and testosterone sit at about 5% of a healthy man’s. From day 2 a pump gives a small pulse every 90 minutes; each pulse reaches the gonadotropes as a pulse and primes them again. ' +
    'LH and FSH climb to about normal within one to two weeks (FSH first, overshooting while testosterone is still low), and testosterone follows to about normal by week three (Hoffman & Crowley 1982; Belchetz 1978).',
  focus: ['lh', 'fsh', 'testosterone'],
  scenario: maleScenario('GnRH deficiency with a gonadorelin pump: 2.5 µg every 90 minutes', 28, [{ agent: 'gonadorelin', dose: 0.025, mode: 'bolus', everyHours: 1.5, fromDay: 2 }], { conditions: ['gnrh-deficiency'], everyHours: 1 }),
};

export const GNRH_CONTINUOUS: Preset = {
  id: 'gnrh-deficiency-continuous',
  title: 'GnRH deficiency: continuous gonadorelin (the pump’s amount, without pulses)',
  lookFor:
    'The same average amount as the pump, given without pause. The gonadotropes adapt to the steady level within about an hour, so nothing reaches them as a pulse: they never regain their priming, and the receptors, occupied without rest, slowly desensitize. ' +
    'LH rises only to about a sixth of a healthy man’s in the first days and drifts back to a tenth; testosterone stays about a tenth. Compare with the pump (Belchetz 1978).',
  focus: ['lh', 'fsh', 'testosterone'],
  scenario: maleScenario('GnRH deficiency with a continuous gonadorelin infusion', 28, [{ agent: 'gonadorelin', dose: 1.4, mode: 'infusion', fromDay: 2 }], { conditions: ['gnrh-deficiency'], everyHours: 1 }),
};

export const GNRH_AGONIST_DEPOT: Preset = {
  id: 'gnrh-agonist-depot',
  title: 'GnRH agonist depot',
  lookFor:
    'The flare: the agonist releases the pituitary’s stored LH, about six-fold within hours, and testosterone about doubles by days 2–3. Because the agonist occupies the receptors without pause, the gonadotropes lose their priming and receptors desensitize: ' +
    'testosterone is below baseline by day 9 after the first dose and settles at about a seventh of baseline, LH at about a tenth, while GnRH itself rises. FSH escapes partly, to about a third.',
  focus: ['lh', 'fsh', 'testosterone', 'gnrh'],
  scenario: maleScenario('Monthly GnRH agonist depot', 120, [every('gnrh-agonist', 28, 7)], { everyHours: 2 }),
};

export const GNRH_ANTAGONIST_DEPOT: Preset = {
  id: 'gnrh-antagonist-depot',
  title: 'GnRH antagonist depot',
  lookFor:
    'No flare: the antagonist shuts GnRH out of its receptor at once, so LH falls below a tenth within a day and testosterone to about a tenth within two days. ' +
    'FSH falls more slowly, over a week, to about an eighth, lower than under an agonist. Intratesticular testosterone goes with LH, and sperm production fades over months (Klotz 2008).',
  focus: ['lh', 'fsh', 'testosterone', 'itt', 'sperm'],
  scenario: maleScenario('GnRH antagonist depot: a starting dose, then monthly', 120, [
    every('gnrh-antagonist', 365, 7, undefined, 3),
    every('gnrh-antagonist', 28, 35),
  ], { everyHours: 2 }),
};

export const HCG_WITH_TRT: Preset = {
  id: 'hcg-with-trt',
  title: 'hCG alongside TRT',
  lookFor:
    'LH and FSH are suppressed as with TRT alone, but hCG stands in for LH at the testes: intratesticular testosterone and Leydig capacity stay near baseline, and the testes’ own testosterone adds to the injected, so serum testosterone runs about three times baseline. ' +
    'hCG does nothing for FSH, so sperm production still falls, to about 40% by six months, against a few percent with TRT alone.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'fsh', 'itt', 'leydig', 'sperm'],
  scenario: maleScenario('Weekly testosterone with hCG every other day', 365, [weeklyTestosterone(), every('hcg', 2, 0)]),
};

export const CASTRATION: Preset = {
  id: 'castration',
  title: 'Castration (orchiectomy on day 10)',
  lookFor:
    'Testosterone vanishes at once and inhibin B within a few days; estradiol falls to about a quarter, the part made from adrenal precursors. With their feedback gone GnRH about triples: ' +
    'LH doubles within three days and levels off about five times baseline after three weeks, FSH at about six and a half times, higher than LH, because FSH also loses brakes of its own (inhibin B, and testosterone at the pituitary).',
  focus: ['lh', 'fsh', 'testosterone', 'estradiol', 'inhibinB'],
  scenario: maleScenario('Orchiectomy on day 10', 90, [], { conditions: [{ id: 'orchiectomy', fromDay: 10 }], everyHours: 3 }),
};
