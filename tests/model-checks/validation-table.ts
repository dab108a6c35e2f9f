/**
 * The validation table's first rows (V1–V12) as model checks:
 * each runs a scenario and measures the quantity the source reports, with the
 * expected range beside it. More rows from the primary literature follow in
 * ./validation-literature.ts. Used by validation-table.test.ts (CI) and by
 * scripts/validate.ts, which writes docs/validation.md from the same numbers.
 *
 * Ranges are the published number with its spread and the table's "direction,
 * rough size, time scale"; they were set from the sources, not from the model.
 */
import { at, dayOfMax, pre, expectRange, firstDayBelow, max, mean, min, regimen, run, type ModelCheck } from './harness';
import { weeklyTestosterone } from '../../src/core/scenario/build';
import { LITERATURE_ROWS } from './validation-literature';

const ratio = (a: number, b: number): number => a / b;

const BRIEF_ROWS: readonly ModelCheck[] = [
  {
    id: 'V1',
    title: 'Weekly testosterone cypionate suppresses LH and FSH within two weeks',
    expectation: 'Serum T averages ~2× baseline (trough ~1.5–2.5×); LH and FSH below 10% of baseline by day 14.',
    source: 'WHO 1990 Lancet 336:955; Matsumoto 1990 JCEM 70:282 (mean T ×1.5 at 100 and ×3 at 300 mg/week); Wallace 1993 JCEM 77:290',
    run: () => {
      const r = run(28, [weeklyTestosterone()]);
      return [
        expectRange('serum T, mean of days 14–28 (× baseline)', mean(r, 'testosterone', 14, 28), { min: 1.5, max: 3 }),
        expectRange('LH, mean of days 14–28', mean(r, 'lh', 14, 28), { max: 0.1 }),
        expectRange('FSH, mean of days 14–28', mean(r, 'fsh', 14, 28), { max: 0.1 }),
      ];
    },
  },
  {
    id: 'V2',
    title: 'Continued weekly testosterone suppresses sperm production',
    expectation: 'Sperm concentration falls to 10 M/mL (~15% of baseline) at 6.8 weeks and 3 M/mL (~5%) at 10 weeks; azoospermia after a mean of 120 ± 40 days, and 97% of men below 5 M/mL by 6 months.',
    source: 'Handelsman 2005 Hum Reprod 20:1733 (abstract); WHO 1990 Lancet 336:955',
    run: () => {
      const r = run(240, [weeklyTestosterone()]);
      return [
        expectRange('first day with sperm index < 10%', firstDayBelow(r, 'sperm', 0.1), { min: 40, max: 100 }),
        expectRange('first day with sperm index < 5%', firstDayBelow(r, 'sperm', 0.05), { min: 50, max: 130 }),
        expectRange('sperm index at 6 months', at(r, 'sperm', 182), { max: 0.05 }),
      ];
    },
  },
  {
    id: 'V3',
    title: 'Recovery after 6 months of weekly testosterone',
    expectation: 'Sperm back to 20 M/mL (~30% of baseline) after a median 3.4 months and to the own baseline by ~7 months; serum T dips below baseline once the injected T clears, then recovers.',
    source: 'Liu 2006 Lancet 367:1412 (median 3.4 months to 20 M/mL; 67% by 6, 90% by 12 months); WHO 1990 (own baseline at 6.7 months)',
    run: () => {
      const stop = 182;
      const r = run(stop + 365, [weeklyTestosterone(stop)]);
      return [
        expectRange('sperm index 2 months after stopping', at(r, 'sperm', stop + 61), { max: 0.3 }),
        expectRange('sperm index 4 months after stopping', at(r, 'sperm', stop + 122), { min: 0.3 }),
        expectRange('sperm index 12 months after stopping', at(r, 'sperm', stop + 365), { min: 0.9 }),
        expectRange('lowest serum T in the 3 months after stopping (withdrawal trough)', min(r, 'testosterone', stop, stop + 90), { min: 0.2, max: 0.9 }),
        expectRange('serum T 6 months after stopping', at(r, 'testosterone', stop + 182), { min: 0.85, max: 1.15 }),
      ];
    },
  },
  {
    id: 'V4',
    title: 'One testosterone cypionate injection in a man without testicular testosterone',
    expectation: 'Serum T peaks on days 2–5 and is back near its pre-dose level by days 13–14 (a depot absorbed with a half-life of ~4.5 days leaves about a fifth of its peak rise then).',
    source: 'Nankin 1987 Fertil Steril 47:1004 (200 mg in 11 hypogonadal men)',
    run: () => {
      const castrate = run(21, [weeklyTestosterone(1)], ['orchiectomy']);
      const hypogonadal = run(21, [weeklyTestosterone(1)], ['primary-hypogonadism']);
      const residual = (r: typeof castrate): number => {
        const before = at(r, 'testosterone', 0);
        return (at(r, 'testosterone', 13.5) - before) / (max(r, 'testosterone', 0, 21) - before);
      };
      return [
        expectRange('day of peak T (orchiectomy)', dayOfMax(castrate, 'testosterone', 0, 21), { min: 2, max: 5 }),
        expectRange('share of the rise left on day 13.5 (orchiectomy)', residual(castrate), { max: 0.3 }),
        expectRange('day of peak T (primary hypogonadism)', dayOfMax(hypogonadal, 'testosterone', 0, 21), { min: 1.5, max: 5 }),
        expectRange('share of the rise left on day 13.5 (primary hypogonadism)', residual(hypogonadal), { max: 0.3 }),
      ];
    },
  },
  {
    id: 'V5',
    title: 'Testosterone pellets',
    expectation: 'Six 200 mg implants keep T mostly in the eugonadal range, suppress LH and FSH to undetectable, bring sperm output near zero in months 2–4 (−58% already at month 1) and back to normal by month 6.',
    source: 'Handelsman 1992 JCEM 75:1326 (abstract)',
    run: () => {
      const r = run(365, [regimen('testosterone-pellet', 1, { everyDays: 365 })]);
      return [
        expectRange('serum T, mean of days 7–90', mean(r, 'testosterone', 7, 90), { min: 0.8, max: 2 }),
        expectRange('LH, mean of days 30–90', mean(r, 'lh', 30, 90), { max: 0.15 }),
        expectRange('FSH, mean of days 30–90', mean(r, 'fsh', 30, 90), { max: 0.15 }),
        expectRange('sperm index at month 1', at(r, 'sperm', 30), { min: 0.2, max: 0.85 }),
        expectRange('lowest sperm index in months 2–4', min(r, 'sperm', 60, 120), { max: 0.1 }),
        expectRange('sperm index at month 6', at(r, 'sperm', 182), { min: 0.4 }),
      ];
    },
  },
  {
    id: 'V6',
    title: 'Daily clomiphene in a man with obesity',
    expectation: 'Relative to his pre-treatment level: T ~2.4× (205 → 488 ng/dL), LH ~1.5×, E2 ~2×.',
    source: 'Helo 2017 BJU Int 119:171 (25 mg daily); Katz 2012 BJU Int 110:573; Shabsigh 2005 (T 248 → 610 ng/dL)',
    run: () => {
      const r = run(90, [regimen('clomiphene', 1, { everyDays: 1 })], ['obesity']);
      return [
        expectRange('T on day 90 / pre-treatment T', ratio(at(r, 'testosterone', 90), pre(r, 'testosterone')), { min: 1.6, max: 3 }),
        expectRange('LH on day 90 / pre-treatment LH', ratio(at(r, 'lh', 90), pre(r, 'lh')), { min: 1.2, max: 2.6 }),
        expectRange('E2 on day 90 / pre-treatment E2', ratio(at(r, 'estradiol', 90), pre(r, 'estradiol')), { min: 1.4, max: 2.6 }),
      ];
    },
  },
  {
    id: 'V7',
    title: 'Daily enclomiphene versus daily testosterone gel for 3 months',
    expectation: 'Both raise T; enclomiphene raises LH and FSH and keeps sperm ≥ ~0.8; the gel lowers LH, FSH and sperm markedly.',
    source: 'Wiehle 2014 Fertil Steril 102:720; Kaminetsky 2013 (men with secondary hypogonadism, here the obesity subject)',
    run: () => {
      const en = run(112, [regimen('enclomiphene', 1, { everyDays: 1 })], ['obesity']);
      const gel = run(112, [regimen('testosterone-gel', 1, { everyDays: 1 })], ['obesity']);
      const rel = (r: typeof en, id: string): number => ratio(mean(r, id, 84, 112), pre(r, id));
      return [
        expectRange('enclomiphene: T (weeks 12–16) / pre-treatment', rel(en, 'testosterone'), { min: 1.3 }),
        expectRange('enclomiphene: LH / pre-treatment', rel(en, 'lh'), { min: 1.05 }),
        expectRange('enclomiphene: FSH / pre-treatment', rel(en, 'fsh'), { min: 1.05 }),
        expectRange('enclomiphene: sperm index on day 112', at(en, 'sperm', 112), { min: 0.8 }),
        expectRange('gel: T (weeks 12–16) / pre-treatment', rel(gel, 'testosterone'), { min: 1.2 }),
        expectRange('gel: LH / pre-treatment', rel(gel, 'lh'), { max: 0.5 }),
        expectRange('gel: FSH / pre-treatment', rel(gel, 'fsh'), { max: 0.6 }),
        expectRange('gel: sperm index on day 112', at(gel, 'sperm', 112), { max: 0.7 }),
      ];
    },
  },
  {
    id: 'V8',
    title: 'Daily anastrozole in an older man',
    expectation: 'T +67% (343 → 572 ng/dL), E2 −35% (26 → 17 pg/mL), LH +55% (5.1 → 7.9 IU/L) at 12 weeks.',
    source: 'Leder 2004 JCEM 89:1174 (1 mg daily, men 62–74 years)',
    run: () => {
      const r = run(84, [regimen('anastrozole', 1, { everyDays: 1 })], ['aging']);
      return [
        expectRange('T on day 84 / pre-treatment', ratio(at(r, 'testosterone', 84), pre(r, 'testosterone')), { min: 1.3, max: 1.9 }),
        expectRange('E2 on day 84 / pre-treatment', ratio(at(r, 'estradiol', 84), pre(r, 'estradiol')), { min: 0.45, max: 0.8 }),
        expectRange('LH on day 84 / pre-treatment', ratio(at(r, 'lh', 84), pre(r, 'lh')), { min: 1.25, max: 2.2 }),
      ];
    },
  },
  {
    id: 'V9',
    title: 'Stronger aromatase inhibition in a healthy man',
    expectation: 'A stronger inhibitor (letrozole) lowers E2 more than the reference anastrozole dose and raises LH and T. (Letrozole raised T 146% in young men; the model raises it far less: see "Known deviations".)',
    source: "T'Sjoen 2005 JCEM 90:5717 (letrozole 2.5 mg/day: E2 −46%, LH +339%, T +146%)",
    run: () => {
      const reference = run(28, [regimen('anastrozole', 1, { everyDays: 1 })]);
      const strong = run(28, [regimen('anastrozole', 4, { everyDays: 1 })]);
      const change = (r: typeof reference, id: string): number => at(r, id, 28) / pre(r, id) - 1;
      return [
        expectRange('E2 fall, dose 4 minus dose 1 (fraction of baseline)', -change(strong, 'estradiol') + change(reference, 'estradiol'), { min: 0.05 }),
        expectRange('LH rise, dose 4 minus dose 1', change(strong, 'lh') - change(reference, 'lh'), { min: 0.05 }),
        expectRange('T rise with dose 4', change(strong, 'testosterone'), { min: 0.2 }),
      ];
    },
  },
  {
    id: 'V10',
    title: 'A gonadorelin pump in GnRH deficiency',
    expectation: 'Pulses every 2 h restore LH and FSH to the normal range within a week (FSH overshooting while T is still low) and T within a month.',
    source: 'Hoffman & Crowley 1982 NEJM 307:1237 (T 77 → 520 ng/dL in a month); Valk 1980 (25 ng/kg every 2 h: FSH 15.5 mIU/mL on day 5)',
    run: () => {
      const r = run(32, [regimen('gonadorelin', 0.025, { everyHours: 2, fromDay: 2 })], ['gnrh-deficiency'], { output: { everyHours: 1 } });
      return [
        expectRange('LH, mean of days 8–9 (× healthy baseline)', mean(r, 'lh', 8, 9), { min: 0.5, max: 2.5 }),
        expectRange('FSH, mean of days 8–9 / deficient FSH', ratio(mean(r, 'fsh', 8, 9), pre(r, 'fsh')), { min: 2.5, max: 15 }),
        expectRange('T, mean of days 30–32 (× healthy baseline)', mean(r, 'testosterone', 30, 32), { min: 0.6, max: 1.6 }),
      ];
    },
  },
  {
    id: 'V11',
    title: 'Inhibin B moves opposite to FSH when Sertoli function changes',
    expectation: 'Lower Sertoli function (primary hypogonadism): inhibin B falls while FSH rises.',
    source: 'Pierik 1998 JCEM 83:3110 (inhibin B vs FSH r = −0.78); Anawalt 1996 JCEM 81:3341',
    run: () => {
      const r = run(60, [], [{ id: 'primary-hypogonadism', fromDay: 10 }]);
      return [
        expectRange('inhibin B 50 days after onset / before', ratio(at(r, 'inhibinB', 60), at(r, 'inhibinB', 10)), { max: 0.85 }),
        expectRange('FSH 50 days after onset / before', ratio(at(r, 'fsh', 60), at(r, 'fsh', 10)), { min: 1.2 }),
      ];
    },
  },
  {
    id: 'V12',
    title: 'Baseline holds for two years',
    expectation: 'With no agents every output stays within ±1% of baseline, with no drift or oscillation.',
    source: 'model sanity',
    run: () => {
      const r = run(730, [], [], { output: { everyHours: 6 } });
      let worst = 0;
      for (const id of r.outputIds) for (const v of r.series[id]!) worst = Math.max(worst, Math.abs(v - 1));
      return [expectRange('largest deviation of any output from 1 over 730 days', worst, { max: 0.01 })];
    },
  },
];

/** Every row: V1–V12, then V13 on (./validation-literature.ts). */
export const VALIDATION_TABLE: readonly ModelCheck[] = [...BRIEF_ROWS, ...LITERATURE_ROWS];
