/**
 * Presets of the female model (`female-hpg`): the natural cycle, the combined
 * pill and its 7-day break, menopause without and with an estradiol patch,
 * letrozole in the early follicular phase, clomiphene in a PCOS-like subject, low-dose testosterone cream
 * and masculinizing testosterone. Every output is relative to the
 * healthy reference cycle's mean (1 = what an untreated cycle averages).
 */
import type { Preset } from './preset';
import { pillPack } from '../build';

const female = { format: 'gonadostat-scenario/1', model: 'female-hpg', parameters: {}, output: { everyHours: 2 } } as const;

export const NATURAL_CYCLE: Preset = {
  id: 'natural-cycle',
  title: 'Natural menstrual cycle',
  lookFor:
    'Estradiol climbs as the follicle grows, then switches from brake to accelerator: the LH surge follows ' +
    'its peak within a day, and progesterone from the corpus luteum stays up for about thirteen days before the ' +
    'next cycle starts. Every ~28 days the same again. Levels are relative to the cycle’s own average.',
  focus: ['lh', 'fsh', 'estradiol', 'progesterone'],
  scenario: { ...female, name: 'Natural cycle, three months', days: 90, subject: { conditions: [] }, regimens: [] },
};

export const THE_PILL: Preset = {
  id: 'combined-pill',
  title: 'The combined pill, 21 days on and 7 off',
  lookFor:
    'On the pill there is no LH surge and no progesterone rise: its progestin slows GnRH pulses and stops ' +
    'follicles maturing, so no cycle completes. In each 7-day break FSH and estradiol start to climb, and the ' +
    'next pack stops them again.',
  focus: ['lh', 'fsh', 'estradiol', 'progesterone'],
  scenario: { ...female, name: 'Combined pill, three packs', days: 84, subject: { conditions: [] }, regimens: [pillPack(0), pillPack(28), pillPack(56)] },
};

export const MENOPAUSE: Preset = {
  id: 'menopause',
  title: 'Menopause: no follicles, high FSH',
  lookFor:
    'With no follicles left there is no estradiol or inhibin to brake the pituitary: FSH settles many times ' +
    'above a cycling woman’s average, LH about one and a half times (its surge is gone), and nothing cycles any more.',
  focus: ['fsh', 'lh', 'estradiol', 'inhibinB'],
  scenario: { ...female, name: 'Menopause', days: 60, subject: { conditions: ['menopause'] }, regimens: [] },
};

export const MENOPAUSE_ESTRADIOL_PATCH: Preset = {
  id: 'menopause-estradiol-patch',
  title: 'Menopause with an estradiol patch from day 30',
  lookFor:
    'The patch puts estradiol back, and the pituitary reads it as a brake again: FSH and LH fall within ' +
    'days to a fraction of their menopausal levels, without restarting the cycle.',
  focus: ['fsh', 'lh', 'estradiol'],
  scenario: {
    ...female, name: 'Menopause, estradiol patch from day 30', days: 90, subject: { conditions: ['menopause'] },
    regimens: [{ agent: 'estradiol-patch', dose: 1, mode: 'infusion', fromDay: 30 }],
  },
};

export const LETROZOLE_CYCLE: Preset = {
  id: 'letrozole-cycle',
  title: 'Letrozole on cycle days 3–7',
  lookFor:
    'While letrozole blocks aromatase, estradiol falls and its brake on FSH lifts: FSH rises, held back by inhibin B from the growing follicles. ' +
    'After the last tablet estradiol rebuilds, and one ovulation follows about eleven days later, as in the clinic.',
  focus: ['fsh', 'estradiol', 'lh', 'progesterone'],
  scenario: {
    ...female, name: 'Letrozole on cycle days 3–7', days: 45, subject: { conditions: [] },
    regimens: [{ agent: 'letrozole', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 2, untilDay: 7 }],
  },
};

/** Row F10 of the validation table pins what this note says (one ovulation, then anovulation again). */
export const CLOMIPHENE_PCOS: Preset = {
  id: 'clomiphene-pcos',
  title: 'Clomiphene in a PCOS-like subject',
  lookFor:
    'Without treatment her LH stays high, her GnRH pulses stay fast and no follicle is selected: no surge, no ' +
    'progesterone. Five days of clomiphene 50 mg (from day 40) block estradiol’s brake: FSH rises, one follicle ' +
    'grows, estradiol climbs and an LH surge and a luteal phase follow, once. Without another course she does ' +
    'not ovulate again. (In this model letrozole does not do the same for her; in women it does.)',
  focus: ['follicles', 'fsh', 'lh', 'estradiol', 'progesterone'],
  scenario: {
    ...female, name: 'Clomiphene 50 mg in a PCOS-like subject', days: 100, subject: { conditions: ['pcos-like'] },
    regimens: [{ agent: 'clomiphene', dose: 2, mode: 'bolus', everyDays: 1, fromDay: 40, untilDay: 45 }],
  },
};

export const TESTOSTERONE_CREAM_WOMAN: Preset = {
  id: 'testosterone-cream-woman',
  title: 'Low-dose testosterone cream in a cycling woman',
  lookFor:
    'Testosterone roughly doubles, to the top of the female range, while LH, estradiol and progesterone go on ' +
    'cycling as before: at this dose the cycle does not notice.',
  focus: ['testosterone', 'lh', 'estradiol', 'progesterone'],
  scenario: {
    ...female, name: 'Testosterone cream 10 mg a day', days: 90, subject: { conditions: [] },
    regimens: [{ agent: 'testosterone-cream', dose: 1, mode: 'bolus', everyDays: 1, fromDay: 0 }],
  },
};

/** Row F15 of the validation table pins what this note says (testosterone in the male range, no ovulation). */
export const MASCULINIZING_TESTOSTERONE: Preset = {
  id: 'masculinizing-testosterone',
  title: 'Masculinizing testosterone: weekly cypionate in a cycling woman',
  lookFor:
    'Testosterone climbs into the male range within days. Through the same androgen receptor that turns a ' +
    'man’s axis down, LH and FSH are braked and part of the testosterone is aromatized to estradiol: the ' +
    'follicles stop growing and no ovulation comes (at 50 mg a week the cycles go on).',
  focus: ['testosterone', 'fsh', 'lh', 'progesterone'],
  scenario: {
    ...female, name: 'Testosterone cypionate 100 mg a week', days: 240, subject: { conditions: [] },
    regimens: [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }],
  },
};
