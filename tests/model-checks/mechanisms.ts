/**
 * The feedback mechanisms of the male model as model checks: each names
 * the mechanism, the scenario that exposes it, and the source.
 */
import { at, expectRange, max, mean, min, pre, regimen, run, type ModelCheck } from './harness';
import { weeklyTestosterone } from '../../src/core/scenario/build';

const weekly = weeklyTestosterone();

export const MECHANISMS: readonly ModelCheck[] = [
  {
    id: 'M1',
    title: 'A GnRH agonist flares, then suppresses',
    expectation: 'LH and T rise in the first days, then tonic receptor stimulation desensitizes the pituitary and, without pulses, it loses its responsiveness: T falls towards castrate levels within weeks.',
    source: 'Eligard label; Tornøe 2007 Br J Clin Pharmacol 63:648; Belchetz 1978',
    run: () => {
      const r = run(42, [regimen('gnrh-agonist', 1, { everyDays: 28 })], [], { output: { everyHours: 1 } });
      return [
        expectRange('highest LH in the first 2 days', max(r, 'lh', 0, 2), { min: 2 }),
        expectRange('highest T in the first 3 days', max(r, 'testosterone', 0, 3), { min: 1.2 }),
        expectRange('mean T, days 21–28', mean(r, 'testosterone', 21, 28), { max: 0.25 }),
      ];
    },
  },
  {
    id: 'M2',
    title: 'A GnRH antagonist suppresses at once, without a flare',
    expectation: 'LH never rises above baseline; LH and T fall within a day.',
    source: 'Tornøe 2007',
    run: () => {
      const r = run(28, [regimen('gnrh-antagonist', 1, { everyDays: 28 })], [], { output: { everyHours: 1 } });
      return [
        expectRange('highest LH in the first 3 days', max(r, 'lh', 0, 3), { max: 1.0 }),
        expectRange('LH on day 1', at(r, 'lh', 1), { max: 0.3 }),
        expectRange('T on day 7', at(r, 'testosterone', 7), { max: 0.2 }),
      ];
    },
  },
  {
    id: 'M3',
    title: 'Pulsed gonadorelin restores a GnRH-deficient pituitary; continuous gonadorelin does not',
    expectation: 'In GnRH deficiency, pulses every 90 min restore LH; the same average amount given continuously raises LH only briefly, then LH falls back (the pituitary needs pulses to stay primed, and tonic occupancy desensitizes it).',
    source: 'Belchetz 1978 Science 202:631; Knobil 1980 Science 207:1371',
    run: () => {
      const pump = run(21, [regimen('gonadorelin', 0.025, { everyHours: 1.5 })], ['gnrh-deficiency'], { output: { everyHours: 1 } });
      const drip = run(21, [regimen('gonadorelin', (0.025 * 84) / 1.5, { mode: 'infusion' })], ['gnrh-deficiency'], { output: { everyHours: 1 } });
      return [
        expectRange('pump: mean LH, days 14–21', mean(pump, 'lh', 14, 21), { min: 0.5 }),
        expectRange('continuous: highest LH in the first 3 days / deficient LH', max(drip, 'lh', 0, 3) / pre(drip, 'lh'), { min: 1.5 }),
        expectRange('continuous: mean LH, days 14–21', mean(drip, 'lh', 14, 21), { max: 0.2 }),
      ];
    },
  },
  {
    id: 'M4',
    title: 'hCG keeps intratesticular testosterone up despite suppressed LH',
    expectation: 'hCG acts on the Leydig LH receptor directly: with TRT, LH is suppressed either way, but intratesticular T stays near baseline with hCG and collapses without it.',
    source: 'Coviello 2005 (hCG bypasses hypothalamus and pituitary)',
    run: () => {
      const alone = run(60, [weekly]);
      const withHcg = run(60, [weekly, regimen('hcg', 1, { everyDays: 2 })]);
      return [
        expectRange('TRT alone: intratesticular T, days 30–60', mean(alone, 'itt', 30, 60), { max: 0.15 }),
        expectRange('TRT + hCG: intratesticular T, days 30–60', mean(withHcg, 'itt', 30, 60), { min: 0.7 }),
        expectRange('TRT + hCG: LH, days 30–60', mean(withHcg, 'lh', 30, 60), { max: 0.1 }),
      ];
    },
  },
  {
    id: 'M5',
    title: 'SERMs raise estradiol; aromatase inhibition lowers it',
    expectation: 'Blocking estrogen feedback raises LH and T and, with aromatase untouched, E2; blocking aromatase lowers E2 while LH and T rise.',
    source: 'Helo 2017; Leder 2004',
    run: () => {
      const tamoxifen = run(60, [regimen('tamoxifen', 1, { everyDays: 1 })]);
      const anastrozole = run(60, [regimen('anastrozole', 1, { everyDays: 1 })]);
      return [
        expectRange('tamoxifen: E2 on day 60', at(tamoxifen, 'estradiol', 60), { min: 1.2 }),
        expectRange('tamoxifen: LH on day 60', at(tamoxifen, 'lh', 60), { min: 1.1 }),
        expectRange('anastrozole: E2 on day 60', at(anastrozole, 'estradiol', 60), { max: 0.85 }),
        expectRange('anastrozole: T on day 60', at(anastrozole, 'testosterone', 60), { min: 1.1 }),
      ];
    },
  },
  {
    id: 'M6',
    title: 'Sustained sex-steroid withdrawal: inhibin B still restrains FSH',
    expectation: 'With testicular steroid synthesis blocked but Sertoli cells working, LH and FSH rise (ketoconazole: ×2.6 and ×2 in 6 days, V36), but FSH stays below its level after castration, because inhibin B still restrains it.',
    source: 'Hayes 2001 JCEM 86:5541; Pitteloud 2008 JCEM 93:784',
    run: () => {
      const r = run(7, [], [], { parameters: { leydigSteroidogenesis: 0 } });
      const castrate = run(7, [], ['orchiectomy']);
      return [
        expectRange('LH (× healthy baseline)', at(r, 'lh', 0), { min: 2, max: 8 }),
        expectRange('FSH (× healthy baseline)', at(r, 'fsh', 0), { min: 1.5, max: 8 }),
        expectRange('inhibin B (× healthy baseline)', at(r, 'inhibinB', 0), { min: 0.5 }),
        expectRange('FSH with inhibin B kept / FSH after castration', at(r, 'fsh', 0) / at(castrate, 'fsh', 0), { max: 0.85 }),
      ];
    },
  },
  {
    id: 'M7',
    title: 'Castration: LH and FSH climb, FSH most as inhibin B is lost',
    expectation: 'After orchiectomy T, E2 and inhibin B vanish; LH and FSH rise and stay high, FSH higher because inhibin B is gone too.',
    source: 'Anawalt 1996 (inhibin B and FSH); orchiectomy series in the castration condition',
    run: () => {
      const r = run(60, [], [{ id: 'orchiectomy', fromDay: 5 }]);
      return [
        expectRange('T 2 days after orchiectomy', at(r, 'testosterone', 7), { max: 0.02 }),
        expectRange('inhibin B 10 days after', at(r, 'inhibinB', 15), { max: 0.02 }),
        expectRange('LH on day 60', at(r, 'lh', 60), { min: 1.8 }),
        expectRange('FSH on day 60 minus LH on day 60', at(r, 'fsh', 60) - at(r, 'lh', 60), { min: 0 }),
      ];
    },
  },
  {
    id: 'M8',
    title: 'Exogenous testosterone collapses intratesticular testosterone',
    expectation: 'Serum T is high, yet intratesticular T falls ~94% because the testes no longer receive LH.',
    source: 'Coviello 2005',
    run: () => {
      const r = run(42, [weekly]);
      return [expectRange('intratesticular T, mean of days 21–42', mean(r, 'itt', 21, 42), { min: 0.02, max: 0.12 })];
    },
  },
  {
    id: 'M9',
    title: 'Leydig capacity shrinks under suppression and recovers slowly',
    expectation: 'Months without LH shrink Leydig capacity, which is why testosterone recovery after stopping takes weeks to months.',
    source: 'Liu 2006 (recovery over months after androgen suppression)',
    run: () => {
      const r = run(300, [weeklyTestosterone(182)]);
      return [
        expectRange('Leydig capacity at the end of therapy', at(r, 'leydig', 182), { max: 0.75 }),
        expectRange('Leydig capacity 1 month after', at(r, 'leydig', 212), { max: 0.98 }),
        expectRange('Leydig capacity 4 months after', at(r, 'leydig', 300), { min: 0.9 }),
        expectRange('lowest T after stopping', min(r, 'testosterone', 182, 260), { max: 0.9 }),
      ];
    },
  },
];
