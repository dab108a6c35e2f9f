/**
 * Lesson: IGF-1 follows the lasting (basal) level of GH, not its peaks
 * (Faje & Barkan 2010: nadir GH, not pulse mass, predicts IGF-1; Ionescu &
 * Frohman 2006: CJC-1295 raised the GH trough and IGF-1). The somatotropic axis (gh-igf1).
 */
import type { Lesson } from './lesson';
import { ghScenario } from '../scenario/build';

const quarterHourly = { everyHours: 0.25 } as const;

/** Lesson: daily sermorelin bursts against a steady CJC-1295 signal with the same mean GH. */
export const GH_IGF1_TROUGH: Lesson = {
  id: 'gh-igf1-trough',
  title: 'IGF-1 follows the trough, not the peaks',
  question: 'Two healthy men raise their 24-h mean GH about twofold for four weeks: one with a sermorelin injection every night (a short, tall GH burst), the other with CJC-1295 every week at half the reference dose (a steady GHRH signal). Whose IGF-1 rises more?',
  scenario: ghScenario('CJC-1295 (DAC) half dose weekly for 4 weeks', 28, [{ agent: 'cjc-1295-dac', dose: 0.5, mode: 'bolus', everyDays: 7, fromDay: 0 }], quarterHourly),
  compare: [
    { id: 'sermorelin', label: 'Sermorelin every night', scenario: ghScenario('Sermorelin nightly for 4 weeks', 28, [{ agent: 'sermorelin', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }], quarterHourly) },
  ],
  output: 'igf1',
  focus: ['igf1', 'gh', 'somatostatin'],
  prediction: {
    kind: 'choice',
    prompt: 'With the same mean GH, IGF-1 rises…',
    options: [
      { id: 'sermorelin', text: 'more with sermorelin: its GH peaks are many times higher' },
      { id: 'same', text: 'about the same: the liver sees the same mean GH' },
      { id: 'cjc', text: 'more with CJC-1295: its GH never falls back' },
    ],
    correct: 'cjc',
  },
  explanation: [
    'In the model the liver makes IGF-1 in proportion to GH at low levels but saturates at high ones, and IGF-1 turns over in ' +
      'about a day, so it reads the level GH holds for hours. A tall GH burst is partly wasted on a saturated liver, and it raises ' +
      'somatostatin, which then holds GH near zero for hours after each injection: the daily mean rises but the trough falls.',
    'CJC-1295 binds albumin and acts for about a week: the GHRH signal never stops, GH sits above baseline all day, its trough ' +
      'highest of all, and IGF-1 nearly doubles. In men the GH nadir, not the size of GH pulses, predicts IGF-1 (Faje & Barkan ' +
      '2010), and a week after CJC-1295 the GH trough had risen most while pulses went on (Ionescu & Frohman 2006).',
  ],
  sources: ['Faje & Barkan 2010', 'Ionescu & Frohman 2006'],
  expect: [
    {
      larger: { run: 'sermorelin', output: 'gh', window: [14, 28], stat: 'max' },
      smaller: { output: 'gh', window: [14, 28], stat: 'max' },
      byAtLeast: 5,
      says: 'Sermorelin’s nightly GH peaks are many times higher…',
    },
    {
      larger: { run: 'sermorelin', output: 'gh', window: [14, 28], stat: 'mean' },
      smaller: { output: 'gh', window: [14, 28], stat: 'mean' },
      byAtLeast: 0.8,
      says: '…its 24-h mean GH is about as high (at least 80% of CJC-1295’s)…',
    },
    { run: 'sermorelin', output: 'gh', window: [14, 28], stat: 'min', below: 0.5, says: '…but GH falls far below baseline between injections,' },
    { output: 'gh', window: [14, 28], stat: 'min', above: 1.2, says: 'while on CJC-1295 it never falls back to baseline.' },
    {
      larger: { output: 'igf1', window: [21, 28], stat: 'mean' },
      smaller: { run: 'sermorelin', output: 'igf1', window: [21, 28], stat: 'mean' },
      byAtLeast: 1.5,
      says: 'IGF-1 rises far more on CJC-1295.',
    },
  ],
  terms: ['igf-1', 'ghrh', 'somatostatin', 'half-life'],
  explore: 'Pin this run, then load the tesamorelin preset: a daily GHRH pulse that raises IGF-1 within about a week, through the somatotrophs’ capacity rather than the trough.',
};
