/** Lesson: pulsatile vs continuous GnRH (Belchetz 1978; Knobil 1980). */
import type { Lesson } from './lesson';
import { maleScenario } from '../scenario/build';

/** GnRH deficiency from day 0, hourly output. */
const deficient = { conditions: ['gnrh-deficiency'], everyHours: 1 } as const;

/** Lesson: Continuous vs pulsed gonadorelin in GnRH deficiency. */
export const PULSATILE_VS_CONTINUOUS: Lesson = {
  id: 'pulsatile-vs-continuous',
  title: 'Pulses or a steady drip: how GnRH is given matters',
  question: 'A man without hypothalamic GnRH is given gonadorelin (GnRH itself) as a continuous infusion from day 2, at ten times the average of a pump. What does his LH do?',
  scenario: maleScenario('GnRH deficiency with a continuous gonadorelin infusion', 28, [{ agent: 'gonadorelin', dose: 1, mode: 'infusion', fromDay: 2 }], deficient),
  compare: [{
    id: 'pump',
    label: 'A pulse every 90 minutes (pump)',
    scenario: maleScenario('GnRH deficiency with a gonadorelin pump every 90 minutes', 28, [{ agent: 'gonadorelin', dose: 1, mode: 'bolus', everyHours: 1.5, fromDay: 2 }], deficient),
  }],
  output: 'lh',
  focus: ['lh', 'fsh'],
  prediction: {
    kind: 'sketch',
    output: 'lh',
    window: [0, 28],
    yMax: 3,
    prompt: 'Draw LH (1 = a healthy man’s baseline) over 4 weeks of continuous gonadorelin starting on day 2.',
  },
  explanation: [
    'GnRH acts through a receptor that desensitizes while it is occupied and recovers only while it is free (after ' +
      'Li & Goldbeter 1989). Natural ' +
      'pulses, or a pump, leave the receptor free between pulses: only a small share of the receptors is desensitized and LH ' +
      'climbs back over days to weeks.',
    'A continuous infusion never lets go. LH rises for a day or two, then more and more receptors are desensitized; past a ' +
      'threshold the pituitary withdraws receptors from its cells (down-regulation) and LH falls back near zero although ten times more GnRH is given. ' +
      'This is the experiment of Belchetz 1978 in monkeys with hypothalamic lesions, and the reason GnRH must be pulsed ' +
      '(Knobil 1980).',
  ],
  sources: ['Belchetz 1978', 'Knobil 1980', 'Li & Goldbeter 1989'],
  expect: [
    { output: 'lh', window: [2, 5], stat: 'max', above: 0.3, says: 'The continuous infusion first raises LH.' },
    { output: 'lh', window: [14, 28], stat: 'mean', below: 0.2, says: 'Then LH falls back near zero.' },
    { run: 'pump', output: 'lh', window: [14, 28], stat: 'mean', above: 0.6, says: 'The pump restores LH.' },
    { run: 'pump', output: 'testosterone', window: [21, 28], stat: 'mean', above: 0.5, says: 'With the pump, testosterone comes back too.' },
  ],
  terms: ['pulsatility', 'gnrh', 'desensitization', 'down-regulation', 'gonadorelin', 'hypogonadism-secondary'],
  presetId: 'gnrh-deficiency-continuous',
  explore: 'Open the "why" view on day 20 of the infusion: GnRH-receptor down-regulation is doing most of the work.',
};
