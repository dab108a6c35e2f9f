/** Lesson: pulsatile vs continuous GnRH at the same average amount (Belchetz 1978; Knobil 1980). */
import type { Lesson } from './lesson';
import { maleScenario } from '../scenario/build';

/** GnRH deficiency from day 0, hourly output. */
const deficient = { conditions: ['gnrh-deficiency'], everyHours: 1 } as const;

/**
 * The pump: a 2.5 µg pulse (dose 0.025 of the 100 µg reference) every 90 minutes. The infusion delivers the
 * same average amount: 0.025 per 1.5 h is 0.025 · 84 / 1.5 = 1.4 times the reference infusion (100 µg per 84 h).
 */
const PUMP_PULSE_DOSE = 0.025;
const PUMP_INTERVAL_HOURS = 1.5;
const EQUAL_AVERAGE_INFUSION_DOSE = 1.4;

/** Lesson: Continuous vs pulsed gonadorelin, same average amount, in GnRH deficiency. */
export const PULSATILE_VS_CONTINUOUS: Lesson = {
  id: 'pulsatile-vs-continuous',
  title: 'Pulses or a steady drip: how GnRH is given matters',
  question: 'A man without hypothalamic GnRH is given gonadorelin (GnRH itself) from day 2 as a continuous infusion, delivering the same average amount as a pump that gives a 2.5 µg pulse every 90 minutes. What does his LH do on the infusion?',
  scenario: maleScenario('GnRH deficiency with a continuous gonadorelin infusion', 28, [{ agent: 'gonadorelin', dose: EQUAL_AVERAGE_INFUSION_DOSE, mode: 'infusion', fromDay: 2 }], deficient),
  compare: [{
    id: 'pump',
    label: 'A 2.5 µg pulse every 90 minutes (pump)',
    scenario: maleScenario('GnRH deficiency with a gonadorelin pump: 2.5 µg every 90 minutes', 28, [{ agent: 'gonadorelin', dose: PUMP_PULSE_DOSE, mode: 'bolus', everyHours: PUMP_INTERVAL_HOURS, fromDay: 2 }], deficient),
  }],
  output: 'lh',
  focus: ['lh', 'fsh', 'testosterone'],
  prediction: {
    kind: 'sketch',
    output: 'lh',
    window: [0, 28],
    yMax: 2,
    prompt: 'Draw LH (1 = a healthy man’s baseline) over 4 weeks of continuous gonadorelin starting on day 2.',
  },
  explanation: [
    'In the model the occupancy of the GnRH receptor has two parts. What arrives as pulses (each pump pulse rising ' +
      'above the level the gonadotropes have adapted to) keeps the cells primed: priming is a threshold response ' +
      'that builds up GnRH-receptor number and LH and FSH synthesis over days. What arrives steadily only occupies ' +
      'the receptors, leaves them no free time to recover, and slowly desensitizes them (after Li & Goldbeter 1989).',
    'The pump’s pulses prime the pituitary: LH and FSH climb over one to two weeks to about normal, FSH first, and ' +
      'testosterone follows within three weeks, as in men given pulses every two hours (Hoffman & Crowley 1982). The ' +
      'infusion gives the same amount with no pulses: the cells adapt to it within about an hour, never regain their ' +
      'priming, and more and more receptors are desensitized. LH rises a little in the first days, to about a sixth ' +
      'of a healthy man’s, then drifts back down, and testosterone stays near a tenth.',
    'This is the experiment of Belchetz 1978 in monkeys whose own GnRH had been removed: continuous GnRH, even at ' +
      'several times the pulsed amount, failed where hourly pulses restored LH and FSH. It is the reason GnRH must ' +
      'be pulsed (Knobil 1980).',
  ],
  sources: ['Belchetz 1978', 'Knobil 1980', 'Hoffman & Crowley 1982', 'Li & Goldbeter 1989'],
  expect: [
    {
      larger: { output: 'lh', window: [2, 5], stat: 'max' },
      smaller: { output: 'lh', window: [0, 1.9], stat: 'mean' },
      byAtLeast: 2.5,
      says: 'The infusion first raises LH several-fold from its deficient level…',
    },
    { output: 'lh', window: [2, 5], stat: 'max', below: 0.5, says: '…but only to a small fraction of a healthy man’s.' },
    {
      larger: { output: 'lh', window: [2, 5], stat: 'max' },
      smaller: { output: 'lh', window: [21, 28], stat: 'mean' },
      byAtLeast: 1.3,
      says: 'Then LH drifts back down.',
    },
    { output: 'testosterone', window: [21, 28], stat: 'mean', below: 0.3, says: 'On the infusion testosterone stays low.' },
    { run: 'pump', output: 'lh', window: [14, 28], stat: 'mean', above: 0.6, says: 'The pump restores LH…' },
    { run: 'pump', output: 'fsh', window: [14, 28], stat: 'mean', above: 0.6, says: '…and FSH.' },
    {
      larger: { run: 'pump', output: 'lh', window: [14, 28], stat: 'mean' },
      smaller: { output: 'lh', window: [14, 28], stat: 'mean' },
      byAtLeast: 4,
      says: 'The same amount given as pulses gives many times the LH.',
    },
    { run: 'pump', output: 'testosterone', window: [21, 28], stat: 'mean', above: 0.6, says: 'With the pump, testosterone comes back too.' },
  ],
  terms: ['pulsatility', 'gnrh', 'gonadotrope-priming', 'desensitization', 'gonadorelin', 'infusion', 'hypogonadism-secondary'],
  presetId: 'gnrh-deficiency-continuous',
  explore: 'Open the "why" view on day 20 of the infusion: lost gonadotrope priming does most of the holding-down, with desensitization a growing part. Then load the pump preset and look at the same day.',
};
