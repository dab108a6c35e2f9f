/**
 * Presets of the male HPG model: each a complete scenario file plus what to
 * look for. Descriptions say what the model shows and why (the feedback at
 * work); they make no claim about any person's treatment.
 */
import type { Preset } from './preset';
import type { Regimen, Scenario } from '../types';

const base = (name: string, days: number, regimens: Regimen[], extra: Partial<Scenario> = {}): Scenario => ({
  format: 'gonadostat-scenario/1',
  name,
  model: 'male-hpg',
  days,
  subject: { conditions: [] },
  regimens,
  parameters: {},
  output: { everyHours: 6 },
  ...extra,
});
const weeklyT = (untilDay?: number): Regimen => ({ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0, ...(untilDay === undefined ? {} : { untilDay }) });

export const HEALTHY_BASELINE: Preset = {
  id: 'healthy-baseline',
  title: 'Healthy baseline',
  lookFor: 'Nothing moves: every hormone stays at 1, because each one’s production exactly balances its clearance and the feedback loops hold the set point.',
  scenario: base('Healthy baseline', 365, []),
};

export const TRT_WEEKLY: Preset = {
  id: 'trt-weekly',
  title: 'Weekly testosterone (TRT)',
  lookFor: 'Testosterone rises and saw-tooths with each injection; LH and FSH collapse within days (the brain reads the extra testosterone as “enough”); intratesticular testosterone and, months later, sperm production fall.',
  scenario: base('Weekly testosterone injections', 365, [weeklyT()]),
};

export const TRT_GONADORELIN_ANASTROZOLE: Preset = {
  id: 'trt-gonadorelin-anastrozole',
  title: 'TRT + gonadorelin + anastrozole twice weekly',
  lookFor: 'Each gonadorelin injection gives a brief LH blip that fades within hours, too short to keep the testes working; anastrozole keeps estradiol from rising with testosterone.',
  scenario: base('Weekly testosterone with gonadorelin and anastrozole twice weekly', 365, [
    weeklyT(),
    { agent: 'gonadorelin', dose: 1, mode: 'bolus', everyDays: 3.5, fromDay: 0 },
    { agent: 'anastrozole', dose: 1, mode: 'bolus', everyDays: 3.5, fromDay: 0 },
  ]),
};

export const TRT_ENCLOMIPHENE: Preset = {
  id: 'trt-enclomiphene',
  title: 'TRT + enclomiphene',
  lookFor: 'Blocking estrogen feedback cannot overcome the androgen and estrogen load of the injections: LH, FSH and sperm production still fall, if a little less.',
  scenario: base('Weekly testosterone with daily enclomiphene', 365, [
    weeklyT(),
    { agent: 'enclomiphene', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 },
  ]),
};

export const TRT_ABRUPT_STOP: Preset = {
  id: 'trt-abrupt-stop',
  title: 'TRT for 6 months, then an abrupt stop',
  lookFor: 'After the last injection clears, testosterone dips below baseline (the withdrawal trough) while LH overshoots; the Leydig cells, shrunk by months without LH, need weeks to catch up, and sperm production takes months.',
  scenario: base('Weekly testosterone for 6 months, then stop', 547, [weeklyT(182)]),
};

export const TRT_RESTART: Preset = {
  id: 'trt-restart-protocol',
  title: 'TRT for 6 months, then a restart protocol',
  lookFor: 'Compare with the abrupt stop (pin it first): tamoxifen and clomiphene lift estrogen feedback, so LH rises higher during recovery and testosterone is back about a week sooner. The trough itself is set by the Leydig cells, shrunk by months without LH, which no signal from the brain can rebuild quickly.',
  scenario: base('Weekly testosterone for 6 months, then a restart protocol', 547, [
    weeklyT(182),
    { agent: 'gonadorelin', dose: 1, mode: 'bolus', everyDays: 3.5, fromDay: 182, untilDay: 238 },
    { agent: 'tamoxifen', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 186, untilDay: 276 },
    { agent: 'clomiphene', dose: 0.5, mode: 'bolus', everyDays: 1, fromDay: 186, untilDay: 276 },
    { agent: 'anastrozole', dose: 0.5, mode: 'bolus', everyDays: 3.5, fromDay: 186, untilDay: 238 },
  ]),
};

export const CLOMIPHENE_OBESITY: Preset = {
  id: 'clomiphene-obesity',
  title: 'Clomiphene for low testosterone with obesity',
  lookFor: 'Extra aromatase in fat turns testosterone into estradiol, whose feedback holds LH and testosterone down. Clomiphene blocks that feedback: LH, testosterone and — because aromatase is untouched — estradiol rise; zuclomiphene builds up for weeks.',
  scenario: base('Daily clomiphene in a man with obesity', 180, [{ agent: 'clomiphene', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 14 }], { subject: { conditions: ['obesity'] } }),
};

export const GNRH_PUMP: Preset = {
  id: 'gnrh-deficiency-pump',
  title: 'GnRH deficiency: pulsatile gonadorelin pump',
  lookFor: 'With no hypothalamic GnRH, LH and FSH sit near zero. A pulse every 90 minutes leaves the receptors time to recover between pulses: LH, FSH and testosterone climb back over days to weeks (Belchetz 1978; Knobil 1980).',
  scenario: base('GnRH deficiency with a gonadorelin pump every 90 minutes', 28, [{ agent: 'gonadorelin', dose: 1, mode: 'bolus', everyHours: 1.5, fromDay: 2 }], { subject: { conditions: ['gnrh-deficiency'] }, output: { everyHours: 1 } }),
};

export const GNRH_CONTINUOUS: Preset = {
  id: 'gnrh-deficiency-continuous',
  title: 'GnRH deficiency: continuous gonadorelin',
  lookFor: 'The same hormone given without pause: LH rises for a day or two, then falls as the receptors desensitize and are withdrawn — the continuous arm of Belchetz 1978. Compare with the pump.',
  scenario: base('GnRH deficiency with a continuous gonadorelin infusion', 28, [{ agent: 'gonadorelin', dose: 1, mode: 'infusion', fromDay: 2 }], { subject: { conditions: ['gnrh-deficiency'] }, output: { everyHours: 1 } }),
};

export const GNRH_AGONIST_DEPOT: Preset = {
  id: 'gnrh-agonist-depot',
  title: 'GnRH agonist depot',
  lookFor: 'The flare: a potent agonist first drives LH and testosterone up, then, because it never lets go of the receptor, the pituitary desensitizes and testosterone falls to castrate levels within weeks.',
  scenario: base('Monthly GnRH agonist depot', 120, [{ agent: 'gnrh-agonist', dose: 1, mode: 'bolus', everyDays: 28, fromDay: 7 }], { output: { everyHours: 2 } }),
};

export const HCG_WITH_TRT: Preset = {
  id: 'hcg-with-trt',
  title: 'hCG alongside TRT',
  lookFor: 'LH and FSH are suppressed as with TRT alone, but hCG stands in for LH at the testes: intratesticular testosterone and Leydig capacity stay up. Without FSH, sperm production still drifts down.',
  scenario: base('Weekly testosterone with hCG every other day', 365, [weeklyT(), { agent: 'hcg', dose: 1, mode: 'bolus', everyDays: 2, fromDay: 0 }]),
};

export const CASTRATION: Preset = {
  id: 'castration',
  title: 'Castration (orchiectomy on day 10)',
  lookFor: 'Testosterone, estradiol and inhibin B vanish within a day or two; with their feedback gone, LH and FSH climb and stay high. FSH keeps rising longest because inhibin B is gone too.',
  scenario: base('Orchiectomy on day 10', 90, [], { subject: { conditions: [{ id: 'orchiectomy', fromDay: 10 }] }, output: { everyHours: 3 } }),
};
