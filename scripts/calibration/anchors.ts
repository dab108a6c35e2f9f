/**
 * Calibration anchors of the male model, axis part: each is a scenario, the
 * published number it should reproduce (relative to baseline unless said), a
 * tolerance on the log scale (a miss of ln(model/target)/tolerance = 1 is a
 * miss by a factor e^tolerance) and the primary source. `bound` turns the
 * target into a ceiling or floor (only a miss beyond it counts); `weight`
 * multiplies the squared miss. The spermatogenesis anchors are in
 * ./sperm-anchors.ts; docs/calibration.md explains the choices.
 */
import type { SimulationResult } from '../../src/core/simulate';
import { at, dayOfMax, experiment, firstDayBelow, max, mean, min, pre, regimen } from './lib';

/** The mechanism an anchor pins down (docs/calibration.md groups them so). */
export type Mechanism = 'feedback' | 'pituitary' | 'testis' | 'sperm' | 'serm' | 'condition' | 'cycle' | 'follicles';

/** One published observation the calibration tries to reproduce. */
export interface Anchor {
  readonly id: string;
  readonly mechanism: Mechanism;
  /** Primary source: author, year, journal and the number used. */
  readonly source: string;
  readonly target: number;
  /** Log-scale tolerance: the anchor is met when |ln(model/target)| ≤ tolerance. */
  readonly tolerance: number;
  readonly bound?: 'atMost' | 'atLeast';
  readonly weight?: number;
  value(): number;
}

/** Relative to the subject's own pre-treatment value. */
const rel = (r: SimulationResult, id: string, day: number): number => at(r, id, day) / pre(r, id);

// Medical castration with ketoconazole (steroid block from day 5); with aromatase blocked and T enanthate 125 mg on day 9.
const kc = experiment(20, [], [{ id: 'steroid-block', fromDay: 5 }]);
const kcAi = experiment(20, [regimen('anastrozole', 6, { everyDays: 1, fromDay: 5 })], [{ id: 'steroid-block', fromDay: 5 }]);
const kcAiT = experiment(20, [regimen('testosterone-cypionate', 0.625, { everyDays: 365, fromDay: 9 }), regimen('anastrozole', 6, { everyDays: 1, fromDay: 5 })], [{ id: 'steroid-block', fromDay: 5 }]);
// T infused for 4 days (days 2–6) with aromatase blocked throughout.
const marynick = experiment(10, [regimen('testosterone-gel', 1.5, { mode: 'infusion', fromDay: 2, untilDay: 6 }), regimen('anastrozole', 1.5, { everyDays: 1 })]);
const anastrozoleYoung = experiment(70, [regimen('anastrozole', 1, { everyDays: 1 })]);
const anastrozoleOlder = experiment(84, [regimen('anastrozole', 1, { everyDays: 1 })], ['aging']);
const letrozole = experiment(28, [regimen('anastrozole', 4, { everyDays: 1 })]);
const enanthate = (dose: number) => experiment(180, [regimen('testosterone-cypionate', dose, { everyDays: 7 })]);
const te50 = enanthate(0.25);
const te100 = enanthate(0.5);
const te300 = enanthate(1.5);
const pellet = experiment(120, [regimen('testosterone-pellet', 1, { everyDays: 365 })]);
const orchiectomy = experiment(370, [], [{ id: 'orchiectomy', fromDay: 5 }], 24);
const pump = experiment(40, [regimen('gonadorelin', 0.0175, { everyHours: 2 })], ['gnrh-deficiency'], 1);
const bolus = experiment(1, [regimen('gonadorelin', 1, { everyDays: 10 })], [], 0.05);
const agonistOlder = experiment(60, [regimen('gnrh-agonist', 1, { everyDays: 28 })], ['aging'], 2);
const agonistYear = experiment(365, [regimen('gnrh-agonist', 1, { everyDays: 28 })], [], 24);
const antagonistYear = experiment(365, [regimen('gnrh-antagonist', 3, { everyDays: 365 }), regimen('gnrh-antagonist', 1, { everyDays: 28, fromDay: 28 })], [], 6);
const agonistCourse = experiment(260, [regimen('gnrh-agonist', 1, { everyDays: 28, untilDay: 100 })], ['aging'], 24);
// Two hCG doses at once: 5000 IU.
const hcgSingle = experiment(8, [regimen('hcg', 10, { everyDays: 100 }), regimen('hcg', 10, { everyDays: 100 })], [], 1);
const coviello = (hcg: number) => experiment(21, [regimen('testosterone-cypionate', 1, { everyDays: 7 }), ...(hcg > 0 ? [regimen('hcg', hcg, { everyDays: 2 })] : [])]);
const teAlone3wk = coviello(0);
const teHcg125 = coviello(0.5);
const teHcg250 = coviello(1);
const teHcg500 = coviello(2);
const teStop = experiment(362, [regimen('testosterone-cypionate', 1, { everyDays: 7, untilDay: 182 })], [], 12);
const pumpOnly = experiment(98, [regimen('gonadorelin', 0.05, { everyHours: 2 })], ['gnrh-deficiency'], 6);
const pumpPlusTe = experiment(98, [regimen('gonadorelin', 0.05, { everyHours: 2 }), regimen('testosterone-cypionate', 1, { everyDays: 7, fromDay: 42 })], ['gnrh-deficiency'], 6);
const obesity = experiment(5, [], ['obesity']);
const aging = experiment(5, [], ['aging']);
const tamoxifen = experiment(42, [regimen('tamoxifen', 1, { everyDays: 1 })]);
const clomiphene = experiment(90, [regimen('clomiphene', 1, { everyDays: 1 })], ['obesity']);
const clomiphene84 = experiment(84, [regimen('clomiphene', 1, { everyDays: 1 })], ['obesity']);
const anastrozoleObese = experiment(84, [regimen('anastrozole', 1, { everyDays: 1 })], ['obesity']);
const enclomiphene = experiment(112, [regimen('enclomiphene', 1, { everyDays: 1 })], ['obesity']);

const PITTELOUD = 'Pitteloud 2008 JCEM 93:784';
const HAYES = 'Hayes 2001 JCEM 86:5541';
const MARYNICK = 'Marynick 1979 JCEM 49:396 (T 15 mg/day iv for 4 days with testolactone: T ×2, E2 13.4 vs 13.5 pg/mL, LH 14.5 → 8.0, FSH 9.9 → 5.8 mIU/mL)';
const LEDER = 'Leder 2004 JCEM 89:1174 (anastrozole 1 mg daily, men 62–74 y, 12 weeks';
const TSJOEN = "T'Sjoen 2005 JCEM 90:5717 (letrozole 2.5 mg/day, 28 days, young men";
const MATSUMOTO = 'Matsumoto 1990 JCEM 70:282 (TE weekly for 6 months';
const ELIGARD = 'Eligard label, Clinical Studies table (7.5 mg monthly';
const KLOTZ = 'Klotz 2008 BJU Int 102:1531';
const COVIELLO = 'Coviello 2005 JCEM 90:2595 (TE 200 mg/week for 3 weeks';
const SAEZ = 'Saez & Forest 1979 JCEM 49:278 (6000 IU hCG';

/** The axis anchors (feedback, pituitary, Leydig cells, SERMs, conditions). */
export const AXIS_ANCHORS: readonly Anchor[] = [
  // Steroid feedback
  { id: 'ketoconazole: LH, days 4–6', mechanism: 'feedback', source: `${PITTELOUD} (LH ×3 by days 3–4); ${HAYES} (LH 9.5 → 24.9 IU/L, ×2.6)`, target: 2.8, tolerance: 0.12, value: () => mean(kc(), 'lh', 9, 11) },
  { id: 'ketoconazole: FSH, day 6', mechanism: 'feedback', source: `${HAYES} (FSH 5.1 → 10.0 IU/L with inhibin B kept)`, target: 2.0, tolerance: 0.15, value: () => at(kc(), 'fsh', 11) },
  { id: 'ketoconazole: LH after 12 h', mechanism: 'feedback', source: 'Nashan 1989 Acta Endocrinol (no change in LH pulses within 12 h of ketoconazole)', target: 1.05, tolerance: 0.1, bound: 'atMost', value: () => at(kc(), 'lh', 5.5) },
  { id: 'ketoconazole: inhibin B, day 6', mechanism: 'feedback', source: `${HAYES} (inhibin B 183 → 136 pg/mL)`, target: 0.74, tolerance: 0.2, value: () => at(kc(), 'inhibinB', 11) },
  { id: 'ketoconazole + T, aromatase blocked: LH / without T', mechanism: 'feedback', source: `${PITTELOUD} (T enanthate 125 mg on day 4: LH 34.6 → 17.4 IU/L)`, target: 0.5, tolerance: 0.2, value: () => mean(kcAiT(), 'lh', 11, 12) / mean(kcAi(), 'lh', 11, 12) },
  { id: 'T infusion, E2 held: T ratio', mechanism: 'feedback', source: MARYNICK, target: 2.0, tolerance: 0.2, value: () => at(marynick(), 'testosterone', 6) / at(marynick(), 'testosterone', 1.9) },
  { id: 'T infusion, E2 held: E2 ratio', mechanism: 'feedback', source: MARYNICK, target: 1.0, tolerance: 0.15, value: () => at(marynick(), 'estradiol', 6) / at(marynick(), 'estradiol', 1.9) },
  { id: 'T infusion, E2 held: LH ratio', mechanism: 'feedback', source: MARYNICK, target: 0.55, tolerance: 0.2, value: () => at(marynick(), 'lh', 6) / at(marynick(), 'lh', 1.9) },
  { id: 'T infusion, E2 held: FSH ratio', mechanism: 'feedback', source: MARYNICK, target: 0.59, tolerance: 0.2, value: () => at(marynick(), 'fsh', 6) / at(marynick(), 'fsh', 1.9) },
  { id: 'anastrozole 1 mg, young men: E2', mechanism: 'feedback', source: 'Mauras 2000 JCEM 85:2370 (E2 −50%); Veldhuis & Iranmanesh 2005 JCEM 90:211 (E2 −50%)', target: 0.5, tolerance: 0.15, value: () => at(anastrozoleYoung(), 'estradiol', 70) },
  { id: 'anastrozole 1 mg, young men: LH', mechanism: 'feedback', source: 'Veldhuis & Iranmanesh 2005 JCEM 90:211 (mean LH ×2.1)', target: 1.8, tolerance: 0.2, value: () => at(anastrozoleYoung(), 'lh', 70) },
  { id: 'anastrozole 1 mg, young men: T', mechanism: 'feedback', source: 'Hayes 2000 JCEM 85:3027 (T +58%: a recalled figure, the abstract was not read)', target: 1.55, tolerance: 0.15, value: () => at(anastrozoleYoung(), 'testosterone', 70) },
  { id: 'anastrozole 1 mg, older men: T', mechanism: 'feedback', source: `${LEDER}: total T 343 → 572 ng/dL)`, target: 1.67, tolerance: 0.12, value: () => rel(anastrozoleOlder(), 'testosterone', 84) },
  { id: 'anastrozole 1 mg, older men: E2', mechanism: 'feedback', source: `${LEDER}: E2 26 → 17 pg/mL)`, target: 0.65, tolerance: 0.15, value: () => rel(anastrozoleOlder(), 'estradiol', 84) },
  { id: 'anastrozole 1 mg, older men: LH', mechanism: 'feedback', source: `${LEDER}: LH 5.1 → 7.9 IU/L)`, target: 1.55, tolerance: 0.2, value: () => rel(anastrozoleOlder(), 'lh', 84) },
  { id: 'letrozole: T', mechanism: 'feedback', source: `${TSJOEN}: T +146%; target set below it)`, target: 2.2, tolerance: 0.25, value: () => at(letrozole(), 'testosterone', 28) },
  { id: 'letrozole: LH', mechanism: 'feedback', source: `${TSJOEN}: LH +339%; target set below it)`, target: 3.0, tolerance: 0.4, value: () => at(letrozole(), 'lh', 28) },
  { id: 'letrozole: E2', mechanism: 'feedback', source: `${TSJOEN}: E2 −46%)`, target: 0.54, tolerance: 0.2, value: () => at(letrozole(), 'estradiol', 28) },
  { id: 'TE 50 mg/week: LH, months 4–6', mechanism: 'feedback', source: `${MATSUMOTO}: ED50 ≈ 50 mg/week for LH, FSH and sperm)`, target: 0.5, tolerance: 0.25, value: () => mean(te50(), 'lh', 120, 180) },
  { id: 'TE 50 mg/week: FSH, months 4–6', mechanism: 'feedback', source: `${MATSUMOTO}: ED50 ≈ 50 mg/week)`, target: 0.5, tolerance: 0.3, value: () => mean(te50(), 'fsh', 120, 180) },
  { id: 'TE 100 mg/week: LH, months 4–6', mechanism: 'feedback', source: `${MATSUMOTO}: near-maximal suppression from 100 mg/week)`, target: 0.1, tolerance: 0.5, bound: 'atMost', weight: 3, value: () => mean(te100(), 'lh', 120, 180) },
  { id: 'TE 100 mg/week: FSH, months 4–6', mechanism: 'feedback', source: `${MATSUMOTO}: near-maximal suppression from 100 mg/week)`, target: 0.15, tolerance: 0.5, bound: 'atMost', weight: 3, value: () => mean(te100(), 'fsh', 120, 180) },
  { id: 'TE 100 mg/week: mean T', mechanism: 'feedback', source: `${MATSUMOTO}: mean T 1.5× placebo)`, target: 1.5, tolerance: 0.15, value: () => mean(te100(), 'testosterone', 120, 180) },
  { id: 'TE 300 mg/week: mean T', mechanism: 'feedback', source: `${MATSUMOTO}: mean T 3× placebo)`, target: 3.0, tolerance: 0.15, value: () => mean(te300(), 'testosterone', 120, 180) },
  { id: 'T pellets 1200 mg: LH, days 30–90', mechanism: 'feedback', source: 'Handelsman 1992 JCEM 75:1326 (LH undetectable)', target: 0.08, tolerance: 0.4, bound: 'atMost', weight: 3, value: () => mean(pellet(), 'lh', 30, 90) },
  { id: 'T pellets 1200 mg: FSH, days 30–90', mechanism: 'feedback', source: 'Handelsman 1992 JCEM 75:1326 (FSH undetectable)', target: 0.1, tolerance: 0.4, bound: 'atMost', weight: 3, value: () => mean(pellet(), 'fsh', 30, 90) },
  { id: 'orchiectomy: LH at 16 weeks', mechanism: 'feedback', source: 'Orchidectomy series of 5 men, Clin Endocrinol (immunoreactive LH 10.8 → 46.6 IU/L at 16 weeks)', target: 4.5, tolerance: 0.25, value: () => at(orchiectomy(), 'lh', 117) },
  { id: 'orchiectomy: FSH at 1 year', mechanism: 'feedback', source: '5-year follow-up of 14 orchidectomized men (FSH 28 ± 5 mIU/mL at 1 year, against ~5 in normal men)', target: 5.5, tolerance: 0.25, value: () => at(orchiectomy(), 'fsh', 370) },
  { id: 'IHH pump + TE 200 mg/week: LH / pump alone', mechanism: 'feedback', source: 'Sheckter 1989 JCEM (6 IHH men on 5 µg GnRH every 2 h: LH 37 → 18)', target: 0.5, tolerance: 0.3, value: () => mean(pumpPlusTe(), 'lh', 84, 98) / mean(pumpOnly(), 'lh', 84, 98) },
  { id: 'IHH pump + TE 200 mg/week: FSH / pump alone', mechanism: 'feedback', source: 'Sheckter 1989 JCEM (FSH 128 → 39)', target: 0.3, tolerance: 0.35, value: () => mean(pumpPlusTe(), 'fsh', 84, 98) / mean(pumpOnly(), 'fsh', 84, 98) },
  { id: 'after 6 months of TE: highest LH', mechanism: 'feedback', source: 'Wallace 1993 JCEM 77:290 (LH and FSH overshoot baseline during recovery)', target: 1.3, tolerance: 0.2, bound: 'atLeast', value: () => max(teStop(), 'lh', 182, 362) },
  { id: 'after 6 months of TE: lowest T', mechanism: 'feedback', source: 'Assumed target: a withdrawal trough near half of baseline (no primary number found)', target: 0.5, tolerance: 0.4, value: () => min(teStop(), 'testosterone', 182, 280) },
  // Pituitary: GnRH receptor, priming, stores
  { id: 'untreated GnRH deficiency: LH', mechanism: 'pituitary', source: 'Chinese IHH cohort of 354 men, PMC4430958 (basal LH 0.4 ± 0.4 IU/L against ~5 in normal men)', target: 0.08, tolerance: 0.4, value: () => pre(pump(), 'lh') },
  { id: 'untreated GnRH deficiency: FSH', mechanism: 'pituitary', source: 'Assumed target: low FSH in untreated IHH (no cohort mean found)', target: 0.2, tolerance: 0.4, value: () => pre(pump(), 'fsh') },
  { id: 'untreated GnRH deficiency: T', mechanism: 'pituitary', source: 'CHH cohort of 201 men (T 0.4 ± 0.3 ng/mL); Hoffman & Crowley 1982 NEJM 307:1237 (77 ng/dL)', target: 0.08, tolerance: 0.6, value: () => pre(pump(), 'testosterone') },
  { id: 'GnRH pump (1.75 µg every 2 h): LH, day 7', mechanism: 'pituitary', source: 'Hoffman & Crowley 1982 NEJM 307:1237 (LH and FSH normal within a week)', target: 1.0, tolerance: 0.3, value: () => mean(pump(), 'lh', 6, 7) },
  { id: 'GnRH pump: FSH, day 7', mechanism: 'pituitary', source: 'Valk 1980 JCEM (25 ng/kg every 2 h: FSH 15.5 mIU/mL on day 5, an overshoot)', target: 1.5, tolerance: 0.4, value: () => mean(pump(), 'fsh', 6, 7) },
  { id: 'GnRH pump: T, day 30', mechanism: 'pituitary', source: 'Hoffman & Crowley 1982 NEJM 307:1237 (T 77 → 520 ng/dL at 1 month)', target: 0.9, tolerance: 0.3, value: () => mean(pump(), 'testosterone', 28, 30) },
  { id: '100 µg GnRH bolus: LH peak', mechanism: 'pituitary', source: 'Factrel label (men, sc: peak 437 ± 243% of baseline at 34 min); Bang 2017 Eur J Endocrinol 176:379 (LH +~400%)', target: 5, tolerance: 0.3, value: () => max(bolus(), 'lh', 0, 0.3) },
  { id: '100 µg GnRH bolus: FSH peak', mechanism: 'pituitary', source: 'Bang 2017 Eur J Endocrinol 176:379 (FSH +~40%, 77 men)', target: 1.4, tolerance: 0.12, value: () => max(bolus(), 'fsh', 0, 0.3) },
  { id: 'leuprolide depot, older men: T peak', mechanism: 'pituitary', source: `${ELIGARD}: mean T 361 → 575 ng/dL, +59%)`, target: 1.6, tolerance: 0.12, value: () => max(agonistOlder(), 'testosterone', 0, 7) / pre(agonistOlder(), 'testosterone') },
  { id: 'leuprolide depot: day of T peak', mechanism: 'pituitary', source: `${ELIGARD}: peak on day 2–3)`, target: 2.5, tolerance: 0.35, value: () => dayOfMax(agonistOlder(), 'testosterone', 0, 7) },
  { id: 'leuprolide depot: T on day 14', mechanism: 'pituitary', source: `${ELIGARD}: back to or below baseline by days 10–14)`, target: 0.6, tolerance: 0.4, value: () => rel(agonistOlder(), 'testosterone', 14) },
  { id: 'leuprolide depot: day T ≤ 14% of baseline', mechanism: 'pituitary', source: 'Sharifi 1990 J Urol, Leuprolide Study Group (median 21 days to castrate T)', target: 21, tolerance: 0.25, value: () => firstDayBelow(agonistOlder(), 'testosterone', 0.14 * pre(agonistOlder(), 'testosterone')) },
  { id: 'leuprolide monthly: FSH at 1 year', mechanism: 'pituitary', source: `${KLOTZ}, secondary report (leuprolide: FSH about −55% after the first months)`, target: 0.45, tolerance: 0.3, value: () => at(agonistYear(), 'fsh', 364) },
  { id: 'leuprolide monthly: LH at 1 year', mechanism: 'pituitary', source: `${KLOTZ}, secondary report (LH about −95%)`, target: 0.05, tolerance: 0.6, bound: 'atMost', value: () => at(agonistYear(), 'lh', 364) },
  { id: 'degarelix 240/80 mg: FSH at 1 year', mechanism: 'pituitary', source: `${KLOTZ}, secondary report (FSH about −89% over the year)`, target: 0.13, tolerance: 0.4, value: () => at(antagonistYear(), 'fsh', 364) },
  { id: 'degarelix 240 mg: T on day 1', mechanism: 'pituitary', source: `${KLOTZ}; Firmagon label (T −88% on day 1)`, target: 0.12, tolerance: 0.35, value: () => at(antagonistYear(), 'testosterone', 1) },
  { id: 'degarelix 240 mg: T on day 3', mechanism: 'pituitary', source: `${KLOTZ}; Firmagon label (T −94% on day 3)`, target: 0.06, tolerance: 0.5, value: () => at(antagonistYear(), 'testosterone', 3) },
  { id: 'degarelix 240 mg: FSH on day 1', mechanism: 'pituitary', source: `${KLOTZ}, secondary report (FSH −80% on day 1); Herbst 2002 JCEM 87:3215 (acyline: FSH to 47%); target between the two`, target: 0.35, tolerance: 0.5, value: () => at(antagonistYear(), 'fsh', 1) },
  // Leydig cells and intratesticular T
  { id: 'hCG 5000 IU: T at 4 h', mechanism: 'testis', source: `${SAEZ}: T ×1.6 within 4 h)`, target: 1.6, tolerance: 0.1, value: () => at(hcgSingle(), 'testosterone', 4 / 24) },
  { id: 'hCG 5000 IU: delayed T peak', mechanism: 'testis', source: `${SAEZ}: second peak ×2.4 at 72–96 h)`, target: 2.4, tolerance: 0.15, value: () => max(hcgSingle(), 'testosterone', 0, 8) },
  { id: 'hCG 5000 IU: day of the T peak', mechanism: 'testis', source: `${SAEZ}: 72–96 h)`, target: 3.5, tolerance: 0.25, value: () => dayOfMax(hcgSingle(), 'testosterone', 0, 8) },
  { id: 'TE 3 weeks: intratesticular T', mechanism: 'testis', source: `${COVIELLO}: ITT −94%)`, target: 0.06, tolerance: 0.4, value: () => at(teAlone3wk(), 'itt', 21) },
  { id: 'TE 3 weeks: LH', mechanism: 'testis', source: `${COVIELLO}: LH to 5% of baseline)`, target: 0.05, tolerance: 0.5, value: () => at(teAlone3wk(), 'lh', 21) },
  { id: 'TE 3 weeks: FSH', mechanism: 'testis', source: `${COVIELLO}: FSH to 3% of baseline)`, target: 0.04, tolerance: 0.6, value: () => at(teAlone3wk(), 'fsh', 21) },
  { id: 'TE + hCG 125 IU every other day: ITT', mechanism: 'testis', source: `${COVIELLO}: ITT −25%)`, target: 0.75, tolerance: 0.15, value: () => at(teHcg125(), 'itt', 21) },
  { id: 'TE + hCG 250 IU every other day: ITT', mechanism: 'testis', source: `${COVIELLO}: ITT −7%)`, target: 0.93, tolerance: 0.15, value: () => at(teHcg250(), 'itt', 21) },
  { id: 'TE + hCG 500 IU every other day: ITT', mechanism: 'testis', source: `${COVIELLO}: ITT +26%)`, target: 1.26, tolerance: 0.15, value: () => at(teHcg500(), 'itt', 21) },
  { id: '4 monthly leuprolide depots: T 6 weeks after the last', mechanism: 'testis', source: 'BJU Int series of 59 men after a short agonist course (T 12.0 → 1.4 nmol/L at 6 weeks)', target: 0.12, tolerance: 0.6, value: () => rel(agonistCourse(), 'testosterone', 84 + 42) },
  { id: '4 monthly leuprolide depots: T 12 weeks after the last', mechanism: 'testis', source: 'BJU Int series of 59 men (T 11.4 nmol/L at 12 weeks)', target: 0.95, tolerance: 0.15, value: () => rel(agonistCourse(), 'testosterone', 84 + 84) },
  // SERMs
  { id: 'tamoxifen 20 mg/day, 6 weeks: LH', mechanism: 'serm', source: 'Spijkstra 1988 JCEM 66:355 (13 normal men: LH 5.7 → 10.1 U/L)', target: 1.77, tolerance: 0.2, value: () => at(tamoxifen(), 'lh', 42) },
  { id: 'tamoxifen, 6 weeks: FSH', mechanism: 'serm', source: 'Tamoxifen in oligospermic men, Clin Endocrinol ~1980 (FSH 4.9 → 7.7 IU/L); target set a little below', target: 1.4, tolerance: 0.25, value: () => at(tamoxifen(), 'fsh', 42) },
  { id: 'clomiphene 25 mg/day, obese man: T', mechanism: 'serm', source: 'Helo 2017 BJU Int 119:171 (median T 205 → 488 ng/dL)', target: 2.3, tolerance: 0.15, value: () => rel(clomiphene(), 'testosterone', 90) },
  { id: 'clomiphene: LH', mechanism: 'serm', source: 'Helo 2017 BJU Int 119:171 (LH 4.0 → 6.1 mIU/mL)', target: 1.55, tolerance: 0.2, value: () => rel(clomiphene(), 'lh', 90) },
  { id: 'clomiphene: E2', mechanism: 'serm', source: 'Helo 2017 BJU Int 119:171 (E2 17 → 34 pg/mL)', target: 2.0, tolerance: 0.2, value: () => rel(clomiphene(), 'estradiol', 90) },
  { id: 'clomiphene: FSH', mechanism: 'serm', source: 'Assumed target: FSH rises less than LH (Katz 2012 BJU Int 110:573: gonadotropins rose, numbers not in the abstract)', target: 1.3, tolerance: 0.3, value: () => rel(clomiphene(), 'fsh', 90) },
  { id: 'clomiphene / anastrozole: T, 12 weeks', mechanism: 'serm', source: 'Helo 2015 J Sex Med 12:1761 (on-treatment T 571 vs 408 ng/dL)', target: 1.4, tolerance: 0.15, value: () => at(clomiphene84(), 'testosterone', 84) / at(anastrozoleObese(), 'testosterone', 84) },
  { id: 'enclomiphene, obese man: T, weeks 12–16', mechanism: 'serm', source: 'Wiehle 2014 Fertil Steril 102:720 (T to ~500–600 ng/dL: a recalled figure, not in the abstract)', target: 1.9, tolerance: 0.2, value: () => mean(enclomiphene(), 'testosterone', 84, 112) / pre(enclomiphene(), 'testosterone') },
  { id: 'enclomiphene: FSH, weeks 12–16', mechanism: 'serm', source: 'Wiehle 2014 Fertil Steril 102:720 (LH and FSH rose; target assumed)', target: 1.4, tolerance: 0.3, value: () => mean(enclomiphene(), 'fsh', 84, 112) / pre(enclomiphene(), 'fsh') },
  // Conditions
  { id: 'obesity (BMI ≥ 30): T', mechanism: 'condition', source: 'Wu 2008 JCEM 93:2737, EMAS (total T 5.1 nmol/L lower than at BMI < 25, ≈ −28% of ~18 nmol/L)', target: 0.72, tolerance: 0.1, value: () => pre(obesity(), 'testosterone') },
  { id: 'obesity: LH', mechanism: 'condition', source: 'Wu 2008 JCEM 93:2737, EMAS (LH not raised)', target: 0.95, tolerance: 0.15, bound: 'atMost', value: () => pre(obesity(), 'lh') },
  { id: 'aging (> 60 y): T', mechanism: 'condition', source: 'Outpatient series of 215 men 15–83 y (T 2.4 vs 3.5 ng/mL at > 60 vs 20–30 y)', target: 0.69, tolerance: 0.1, value: () => pre(aging(), 'testosterone') },
  { id: 'aging: LH', mechanism: 'condition', source: 'Same series (LH 9.5 vs 5.3 mU/mL)', target: 1.8, tolerance: 0.2, value: () => pre(aging(), 'lh') },
  { id: 'aging: FSH', mechanism: 'condition', source: 'Same series (FSH 14.5 vs 11.1 mU/mL)', target: 1.3, tolerance: 0.2, value: () => pre(aging(), 'fsh') },
];

/** How far an anchor is missed, in tolerances (0 when a bound is respected; 10 when the run fails). */
export function anchorMiss(anchor: Anchor, value: number): number {
  if (!Number.isFinite(value)) return 10;
  if (anchor.bound === 'atMost' && value <= anchor.target) return 0;
  if (anchor.bound === 'atLeast' && value >= anchor.target) return 0;
  const miss = Math.log(Math.max(value, 1e-9) / anchor.target) / anchor.tolerance;
  return Number.isFinite(miss) ? miss : 10;
}
