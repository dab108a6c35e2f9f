/**
 * Presets of the somatotropic axis (gh-igf1): each a complete scenario plus
 * what to look for, with magnitudes quoted loosely from the model's own run.
 * They make no claim about any person's treatment.
 */
import type { Preset } from './preset';
import { every, ghScenario } from '../build';

export const GH_MK677_OLDER_MAN: Preset = {
  id: 'gh-mk677-older-man',
  title: 'GH axis: MK-677 daily for a year in an older man',
  lookFor:
    'The older man starts with about half a young man’s GH and IGF-1 (weaker GHRH drive, more somatostatin). Daily ibutamoren (MK-677) ' +
    'keeps the ghrelin receptor busy: on the first day GH jumps many-fold, within a week the peaks are a fifth as high as ghrelin receptors ' +
    'desensitize (the ghrelin-receptor line falls to about 0.3), but the 24-h GH and IGF-1 stay raised all year, IGF-1 by about a third.',
  focus: ['igf1', 'gh', 'ghsr'],
  scenario: ghScenario('MK-677 (ibutamoren) 25 mg daily for a year in an older man', 365, [every('ibutamoren', 1, 0)], { conditions: ['aging'], everyHours: 2 }),
};

export const GH_CJC1295_WEEKLY: Preset = {
  id: 'gh-cjc1295-weekly',
  title: 'GH axis: CJC-1295 (DAC) weekly for 12 weeks',
  lookFor:
    'A GHRH analogue that lasts a week gives the pituitary a steady GHRH signal: GH and IGF-1 rise within days and, with weekly doses, ' +
    'IGF-1 settles between about 3× (before each dose) and 4.5× baseline. The pituitary still makes its own GH (compare somatropin, which suppresses it); somatostatin rises ' +
    'with GH and IGF-1 and keeps the rise in check. After the last dose IGF-1 falls back over about four weeks (still 1.2× after three).',
  focus: ['igf1', 'gh', 'somatostatin'],
  scenario: ghScenario('CJC-1295 with DAC weekly for 12 weeks, then stop', 112, [every('cjc-1295-dac', 7, 0, 84)], { everyHours: 2 }),
};

export const GH_IPAMORELIN_MODGRF: Preset = {
  id: 'gh-ipamorelin-modgrf',
  title: 'GH axis: ipamorelin and mod-GRF(1–29) apart, then together',
  lookFor:
    'Day 1: ipamorelin alone gives a small GH rise (it needs GHRH to act on). Day 2: mod-GRF(1–29) alone gives a larger burst. ' +
    'Day 3: the two together release several times the sum of day 1 and day 2, because the ghrelin mimetic opposes the somatostatin ' +
    'that holds the GHRH-driven release back. Mod-GRF’s kinetics are assumptions (no human data).',
  focus: ['gh', 'somatostatin', 'ghrh'],
  scenario: ghScenario('Ipamorelin on day 1, mod-GRF(1–29) on day 2, both on day 3', 4, [
    { agent: 'ipamorelin', dose: 1, mode: 'bolus', everyDays: 2, fromDay: 1, untilDay: 3.5 },
    { agent: 'mod-grf-1-29', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 2, untilDay: 3.5 },
  ], { everyHours: 0.25 }),
};

export const GH_HEXARELIN_BREAK: Preset = {
  id: 'gh-hexarelin-break',
  title: 'GH axis: hexarelin twice daily for 16 weeks, then a break',
  lookFor:
    'Hexarelin is a strong ghrelin-receptor agonist given twice a day. The receptors desensitize within the first week (the ghrelin-receptor ' +
    'line falls to about 0.4) and each dose releases about a quarter less GH; IGF-1 barely moves. Four weeks after stopping the receptors ' +
    'have recovered.',
  focus: ['ghsr', 'gh', 'igf1'],
  scenario: ghScenario('Hexarelin 1.5 µg/kg twice daily for 16 weeks, then 4 weeks off', 140, [every('hexarelin', 0.5, 0, 112)], { everyHours: 1 }),
};

export const GH_TESAMORELIN: Preset = {
  id: 'gh-tesamorelin',
  title: 'GH axis: tesamorelin daily for 26 weeks',
  lookFor:
    'Each daily injection gives a short GH burst followed by a somatostatin rebound that holds GH near zero for about ten hours. GHRH also ' +
    'keeps the somatotrophs’ capacity up, and IGF-1 climbs within the first week to about 1.5× ' +
    'and stays there (the trial: +81% at 26 weeks).',
  focus: ['igf1', 'gh', 'somatostatin'],
  scenario: ghScenario('Tesamorelin 2 mg daily for 26 weeks', 182, [every('tesamorelin', 1, 0)], { everyHours: 3 }),
};
