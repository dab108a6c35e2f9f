/**
 * Presets of the male HPG model: each a complete scenario file plus what to
 * look for. Descriptions say what the model shows and why (the feedback at
 * work); they make no claim about any person's treatment.
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
  lookFor: 'Testosterone rises and saw-tooths with each injection; LH and FSH collapse within days (the brain reads the extra testosterone as “enough”); intratesticular testosterone and, months later, sperm production fall.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'itt', 'sperm'],
  scenario: maleScenario('Weekly testosterone injections', 365, [weeklyTestosterone()]),
};

export const TRT_GONADORELIN_ANASTROZOLE: Preset = {
  id: 'trt-gonadorelin-anastrozole',
  title: 'TRT + gonadorelin + anastrozole twice weekly',
  lookFor: 'Each gonadorelin injection gives a brief LH blip that fades within hours, too short to keep the testes working; anastrozole keeps estradiol from rising with testosterone.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'estradiol'],
  scenario: maleScenario('Weekly testosterone with gonadorelin and anastrozole twice weekly', 365, [
    weeklyTestosterone(),
    every('gonadorelin', 3.5, 0),
    every('anastrozole', 3.5, 0),
  ]),
};

export const TRT_ENCLOMIPHENE: Preset = {
  id: 'trt-enclomiphene',
  title: 'TRT + enclomiphene',
  lookFor: 'Blocking estrogen feedback cannot overcome the androgen and estrogen load of the injections: LH, FSH and sperm production still fall, if a little less.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'fsh', 'sperm'],
  scenario: maleScenario('Weekly testosterone with daily enclomiphene', 365, [
    weeklyTestosterone(),
    every('enclomiphene', 1, 0),
  ]),
};

export const TRT_ABRUPT_STOP: Preset = {
  id: 'trt-abrupt-stop',
  title: 'TRT for 6 months, then an abrupt stop',
  lookFor: 'After the last injection clears, testosterone dips below baseline (the withdrawal trough) while LH overshoots; the Leydig cells, shrunk by months without LH, need weeks to catch up, and sperm production takes months.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'leydig', 'sperm'],
  scenario: maleScenario('Weekly testosterone for 6 months, then stop', 547, [weeklyTestosterone(182)]),
};

export const TRT_RESTART: Preset = {
  id: 'trt-restart-protocol',
  title: 'TRT for 6 months, then a restart protocol',
  lookFor: 'Compare with the abrupt stop (pin it first): tamoxifen and clomiphene lift estrogen feedback, so LH rises higher during recovery and testosterone is back about a week sooner. The trough itself is set by the Leydig cells, shrunk by months without LH, which no signal from the brain can rebuild quickly.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'leydig'],
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
  lookFor: 'Extra aromatase in fat turns testosterone into estradiol, whose feedback holds LH and testosterone down. Clomiphene blocks that feedback: LH, testosterone and — because aromatase is untouched — estradiol rise; zuclomiphene builds up for weeks.',
  focus: ['lh', 'testosterone', 'estradiol'],
  scenario: maleScenario('Daily clomiphene in a man with obesity', 180, [every('clomiphene', 1, 14)], { conditions: ['obesity'] }),
};

export const GNRH_PUMP: Preset = {
  id: 'gnrh-deficiency-pump',
  title: 'GnRH deficiency: pulsatile gonadorelin pump',
  lookFor: 'With no hypothalamic GnRH, LH and FSH sit near zero. A pulse every 90 minutes leaves the receptors time to recover between pulses: LH, FSH and testosterone climb back over days to weeks (Belchetz 1978; Knobil 1980).',
  focus: ['lh', 'fsh', 'testosterone'],
  scenario: maleScenario('GnRH deficiency with a gonadorelin pump every 90 minutes', 28, [{ agent: 'gonadorelin', dose: 1, mode: 'bolus', everyHours: 1.5, fromDay: 2 }], { conditions: ['gnrh-deficiency'], everyHours: 1 }),
};

export const GNRH_CONTINUOUS: Preset = {
  id: 'gnrh-deficiency-continuous',
  title: 'GnRH deficiency: continuous gonadorelin',
  lookFor: 'The same hormone given without pause: LH rises for a day or two, then falls as the receptors desensitize and are withdrawn — the continuous arm of Belchetz 1978. Compare with the pump.',
  focus: ['lh', 'fsh', 'testosterone'],
  scenario: maleScenario('GnRH deficiency with a continuous gonadorelin infusion', 28, [{ agent: 'gonadorelin', dose: 1, mode: 'infusion', fromDay: 2 }], { conditions: ['gnrh-deficiency'], everyHours: 1 }),
};

export const GNRH_AGONIST_DEPOT: Preset = {
  id: 'gnrh-agonist-depot',
  title: 'GnRH agonist depot',
  lookFor: 'The flare: a potent agonist first drives LH and testosterone up, then, because it never lets go of the receptor, the pituitary desensitizes and testosterone falls to castrate levels within weeks.',
  focus: ['lh', 'fsh', 'testosterone'],
  scenario: maleScenario('Monthly GnRH agonist depot', 120, [every('gnrh-agonist', 28, 7)], { everyHours: 2 }),
};

export const HCG_WITH_TRT: Preset = {
  id: 'hcg-with-trt',
  title: 'hCG alongside TRT',
  lookFor: 'LH and FSH are suppressed as with TRT alone, but hCG stands in for LH at the testes: intratesticular testosterone and Leydig capacity stay up. Without FSH, sperm production still drifts down.',
  focus: ['testosterone', 'ownTestosterone', 'lh', 'fsh', 'itt', 'leydig', 'sperm'],
  scenario: maleScenario('Weekly testosterone with hCG every other day', 365, [weeklyTestosterone(), every('hcg', 2, 0)]),
};

export const CASTRATION: Preset = {
  id: 'castration',
  title: 'Castration (orchiectomy on day 10)',
  lookFor: 'Testosterone, estradiol and inhibin B vanish within a day or two; with their feedback gone, LH and FSH climb and stay high. FSH keeps rising longest because inhibin B is gone too.',
  focus: ['lh', 'fsh', 'testosterone', 'estradiol', 'inhibinB'],
  scenario: maleScenario('Orchiectomy on day 10', 90, [], { conditions: [{ id: 'orchiectomy', fromDay: 10 }], everyHours: 3 }),
};
