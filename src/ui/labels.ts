/**
 * Words the app shows for closed sets that the core names by id only:
 * subject conditions and chart groups. (Agent names come from the core's AGENT_INFO.)
 */
import type { ConditionId } from '../core/model/ids';

/** Display name and one-line meaning of each subject condition. */
export const CONDITION_LABELS: Readonly<Record<ConditionId, { readonly name: string; readonly meaning: string }>> = {
  orchiectomy: { name: 'Orchiectomy', meaning: 'no testes: no testicular testosterone or inhibin B' },
  'steroid-block': { name: 'Steroid synthesis blocked', meaning: 'like high-dose ketoconazole: the testes stop making testosterone; Sertoli cells still make inhibin B' },
  'gnrh-deficiency': { name: 'GnRH deficiency', meaning: 'the hypothalamus makes no GnRH; the pituitary is intact' },
  'primary-hypogonadism': { name: 'Primary hypogonadism', meaning: 'Leydig cells make less testosterone' },
  obesity: { name: 'Obesity', meaning: 'a man with BMI ≥ 30: more aromatase, so more estradiol feedback; testosterone ~25% lower, LH not raised' },
  aging: { name: 'Aging', meaning: 'a man in his seventies: a weaker testosterone response to LH and a weaker GnRH drive' },
};

/** Charts and the outputs each shows; outputs no group names go to the first. */
export const CHART_GROUPS: readonly { readonly id: string; readonly title: string; readonly outputs: readonly string[] }[] = [
  { id: 'blood', title: 'Hormones in the blood', outputs: ['gnrh', 'lh', 'fsh', 'testosterone', 'estradiol', 'inhibinB'] },
  { id: 'testis', title: 'Inside the testes', outputs: ['itt', 'leydig', 'sperm'] },
];

/** The band around the healthy baseline the lab panel calls "in range" (relative to baseline). */
export const BASELINE_BAND = { low: 0.8, high: 1.25 } as const;

/** A relative level as text: "0.43×", "12.3×", "0.004×". */
export function formatRelative(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0×';
  if (x < 0.01) return `${x.toPrecision(1)}×`;
  return `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`;
}

/** A day for labels: whole days as integers, others with one decimal. */
export function formatDay(day: number): string {
  return Number.isInteger(day) ? String(day) : day.toFixed(1);
}
