/**
 * Words and numbers the app shows: names of subject conditions, the chart
 * groups, and the one way levels and days are written everywhere (two
 * significant figures, "near zero" below 0.1% of baseline, days rounded to the
 * time cursor's step: src/core/output/plain-numbers.ts).
 */
import type { ConditionId, ModelId, PulseOption } from '../core/model/ids';
import type { ModelDefinition } from '../core/model/model-definition';
import { dayNumber, isNearZero, twoSignificant } from '../core/output/plain-numbers';

/** Display name and one-line meaning of each subject condition. */
export const CONDITION_LABELS: Readonly<Record<ConditionId, { readonly name: string; readonly meaning: string }>> = {
  orchiectomy: { name: 'Orchiectomy', meaning: 'no testes: no testicular testosterone or inhibin B' },
  'steroid-block': { name: 'Steroid synthesis blocked', meaning: 'like high-dose ketoconazole: the testes stop making testosterone; Sertoli cells still make inhibin B' },
  'gnrh-deficiency': { name: 'GnRH deficiency', meaning: 'the hypothalamus makes no GnRH; the pituitary is intact' },
  'primary-hypogonadism': { name: 'Primary hypogonadism', meaning: 'Leydig cells make less testosterone' },
  obesity: { name: 'Obesity', meaning: 'BMI ≥ 30: on the HPG axes more aromatase in fat, so more estradiol feedback (in a man: testosterone ~25% lower, LH not raised); on the GH axis less 24-h GH, faster GH clearance, IGF-1 normal' },
  aging: { name: 'Aging', meaning: 'an older man: on the HPG axis a weaker testosterone response to LH and GnRH drive; on the GH axis less GHRH and more somatostatin (IGF-1 ~0.55 of a young man’s)' },
  perimenopause: { name: 'Perimenopause', meaning: 'fewer follicles left: inhibin B falls and FSH rises while cycles go on' },
  menopause: { name: 'Menopause', meaning: 'no follicles left: cycles stop, FSH and LH rise, estradiol falls' },
  oophorectomy: { name: 'Oophorectomy', meaning: 'both ovaries removed: no ovarian estradiol, progesterone or inhibins' },
  'pcos-like': { name: 'PCOS-like', meaning: 'many small follicles, high LH and ovarian androgen, GnRH pulses that progesterone hardly slows: no follicle is selected, so no ovulation' },
  'hypothalamic-amenorrhea': { name: 'Hypothalamic amenorrhea', meaning: 'half the GnRH drive (stress, low energy): long or absent cycles' },
  'gh-deficiency': { name: 'GH deficiency', meaning: 'pituitary GH deficiency: a tenth of the somatotrophs left, and secretagogues act only on those' },
  'ghrh-receptor-deficiency': { name: 'GHRH-receptor deficiency', meaning: 'GHRH and its analogues barely reach the pituitary (teaching case)' },
};

/** What an onset of day 0 means for a condition: a cycling model's subject starts in her own rhythm. */
export function conditionOnsetHint(baseline: ModelDefinition['baseline']): string {
  return baseline === 'cycle-mean'
    ? '0 = present from the start (she starts in her own cycle, or in the steady state she settles in without one); a later day: she starts healthy, on her cycle’s day 1, and it begins that day'
    : '0 = present from the start (the subject starts at his own steady state)';
}

/** The subject panel's explicit-pulse checkbox of each pulse option: its label and what it does (at the default parameters). */
export const PULSE_LABELS: Readonly<Record<PulseOption, { readonly name: string; readonly hint: string }>> = {
  gnrhPulses: { name: 'Show GnRH pulses', hint: 'a pulse every 90 minutes instead of the pulse average' },
  ghPulses: { name: 'Show GH pulses', hint: 'a GHRH burst every 3 hours (8 GH pulses a day), somatostatin and GH in real time, instead of their 24-h means' },
};

/** The header's tagline for each model: the axis its charts show, so the page never names another. */
export const MODEL_TAGLINES: Readonly<Record<ModelId, string>> = {
  'male-hpg': 'A simulator of the male hypothalamic–pituitary–gonadal axis',
  'female-hpg': 'A simulator of the female hypothalamic–pituitary–ovarian axis',
  'smith-1980': 'A simulator of the male hypothalamic–pituitary–gonadal axis',
  'gh-igf1': 'A simulator of the growth-hormone axis: GHRH, somatostatin, GH and IGF-1',
};

/** What 1× means on the charts of a model whose healthy baseline is a rhythm (the menstrual cycle). */
export const CYCLE_MEAN_NOTE =
  '1× is each hormone’s average over a healthy untreated cycle (not the same cycle day): LH at the surge and luteal progesterone reach many times it, and day 0 is cycle day 1.';

/** Charts and the outputs each shows, in legend order; outputs no group names go to the first. */
export const CHART_GROUPS: readonly { readonly id: string; readonly title: string; readonly outputs: readonly string[] }[] = [
  { id: 'blood', title: 'Hormones in the blood', outputs: ['gnrh', 'gnrhFrequency', 'lh', 'fsh', 'testosterone', 'ownTestosterone', 'estradiol', 'progesterone', 'inhibinA', 'inhibinB'] },
  { id: 'testis', title: 'Inside the testes', outputs: ['itt', 'leydig', 'sperm'] },
  { id: 'gh-blood', title: 'GH and IGF-1 in the blood', outputs: ['gh', 'ownGh', 'igf1'] },
  { id: 'gh-brain', title: 'Hypothalamus and pituitary', outputs: ['ghrh', 'somatostatin', 'ghStore', 'ghsr'] },
  { id: 'ovary', title: 'Inside the ovaries', outputs: ['follicles', 'corpusLuteum'] },
];

/** A short note under an output's name in legends, where the name alone could mislead. */
export const LEGEND_NOTES: Readonly<Record<string, string>> = {
  testosterone: 'own + given',
  ownTestosterone: 'own only',
  gh: 'own + given, 24-h mean',
  ownGh: 'own only',
};

/** Legend notes that differ when the run shows explicit pulses. */
export const PULSED_LEGEND_NOTES: Readonly<Record<string, string>> = {
  gh: 'own + given, pulses',
};

/** The band around the healthy baseline the lab panel calls "in range" (relative to baseline). */
export const BASELINE_BAND = { low: 0.8, high: 1.25 } as const;

/** A level relative to baseline: "0.43×", "2.5×", "0.0031×", or "near zero" below 0.1% of baseline. */
export function formatRelative(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (isNearZero(x)) return 'near zero';
  return `${twoSignificant(x)}×`;
}

/** A day for labels, rounded to the cursor's step for a run of `windowDays` days ("182", "12.25"). */
export function formatDay(day: number, windowDays: number): string {
  return dayNumber(day, windowDays);
}
