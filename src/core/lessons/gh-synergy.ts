/**
 * Lesson: a GHRH analogue and a ghrelin mimetic together release more GH than
 * the sum of each (Bowers' GHRH–GHRP synergy; Farhy, Bowers & Veldhuis 2007 on
 * its mechanism). The somatotropic axis (gh-igf1).
 */
import type { Lesson } from './lesson';
import { ghScenario } from '../scenario/build';

const quarterHourly = { everyHours: 0.25 } as const;
const once = (agent: 'ipamorelin' | 'mod-grf-1-29') => ({ agent, dose: 1, mode: 'bolus', everyDays: 2, fromDay: 0.5, untilDay: 1 }) as const;

/** Lesson: ipamorelin + mod-GRF(1–29) together, against each alone. */
export const GH_SYNERGY: Lesson = {
  id: 'gh-synergy',
  title: 'Two secretagogues together: more than the sum',
  question: 'A healthy young man is given ipamorelin (a ghrelin mimetic) and mod-GRF(1–29) (a GHRH analogue) in one injection. Each alone gives a GH burst. How big is the burst of the two together?',
  scenario: ghScenario('Ipamorelin and mod-GRF(1–29) together', 1, [once('ipamorelin'), once('mod-grf-1-29')], quarterHourly),
  compare: [
    { id: 'ipamorelin', label: 'Ipamorelin alone', scenario: ghScenario('Ipamorelin alone', 1, [once('ipamorelin')], quarterHourly) },
    { id: 'modgrf', label: 'Mod-GRF(1–29) alone', scenario: ghScenario('Mod-GRF(1–29) alone', 1, [once('mod-grf-1-29')], quarterHourly) },
  ],
  output: 'gh',
  focus: ['gh', 'somatostatin', 'ghrh'],
  prediction: {
    kind: 'choice',
    prompt: 'Compared with the two single-drug bursts added together, the burst of the two together is…',
    options: [
      { id: 'less', text: 'smaller than the sum: they compete for the same pituitary' },
      { id: 'sum', text: 'about the sum of the two' },
      { id: 'more', text: 'several times the sum' },
    ],
    correct: 'more',
  },
  explanation: [
    'In the model GH release is the GHRH drive multiplied by how much of it somatostatin lets through (after Farhy, Bowers & ' +
      'Veldhuis 2007). Mod-GRF raises the first factor. Ipamorelin, through the ghrelin receptor, mostly raises the second: it ' +
      'opposes somatostatin at the pituitary and at GHRH neurones. Alone it has little GHRH drive to amplify, so its burst is small: a single GH episode, as Gobburu 1999 measured.',
    'Together the two factors multiply: the extra GHRH drive passes through a pituitary whose somatostatin brake the ghrelin mimetic ' +
      'has eased, and the burst is several times the sum of the single ones. Nothing in the model adds a bonus for the combination; ' +
      'the synergy follows from the multiplication, and it vanishes when GHRH signalling is blocked (Pandya 1998).',
    'The burst ends as GH raises somatostatin, which then holds GH below its baseline for some hours; IGF-1 hardly notices a single burst.',
  ],
  sources: ['Farhy, Bowers & Veldhuis 2007', 'Pandya 1998', 'Gobburu 1999'],
  expect: [
    { run: 'ipamorelin', output: 'gh', window: [0.5, 0.67], stat: 'max', above: 1.2, says: 'Ipamorelin alone raises GH a little…' },
    {
      larger: { run: 'modgrf', output: 'gh', window: [0.5, 0.67], stat: 'mean' },
      smaller: { run: 'ipamorelin', output: 'gh', window: [0.5, 0.67], stat: 'mean' },
      says: '…mod-GRF(1–29) alone more…',
    },
    {
      larger: { output: 'gh', window: [0.5, 0.67], stat: 'mean' },
      smaller: { run: 'modgrf', output: 'gh', window: [0.5, 0.67], stat: 'mean' },
      byAtLeast: 2.5,
      says: '…and the two together over twice the larger single burst, so more than both added (GH is at least 1 in every run).',
    },
  ],
  terms: ['synergy', 'ghrh', 'ghrelin-receptor', 'somatostatin'],
  presetId: 'gh-ipamorelin-modgrf',
  explore: 'Load the preset: ipamorelin on day 1, mod-GRF on day 2 and both on day 3. Then add the GHRH-receptor deficiency condition from day 2.5 and watch day 3 shrink.',
};
