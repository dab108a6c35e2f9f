/**
 * Validation rows G1–G16 of the somatotropic axis (gh-igf1) as model checks:
 * each runs a scenario and measures the quantity its source reports, with the
 * expected range beside it (../../docs/validation.md). Ranges come from the
 * sources (the brief's table, docs in shared/gh-model-brief.md); where the
 * model departs from a source, the checked range says so in a note.
 * GH is the pulse-averaged (24-h mean) level; measurements marked "explicit
 * pulses" run with the option ghPulses and count the pituitary's own GH pulses
 * (src/core/analysis/gh-pulses.ts). Values are relative to the subject's own
 * pre-treatment level unless the row says otherwise.
 */
import { simulate, type SimulationResult } from '../../src/core/simulate';
import { assertValidScenario } from '../../src/core/scenario/validate';
import { MODELS } from '../../src/core/model/registry';
import type { ConditionEntry, Regimen } from '../../src/core/scenario/types';
import { at, expectRange, max, mean, min, pre, type ModelCheck } from './harness';
import { countPulses, type PulseCount } from '../../src/core/analysis/gh-pulses';
import type { ReportSection } from './report';

/** Runs a gh-igf1 scenario (validated like a file), output every `everyHours`. */
export function runGh(days: number, regimens: Regimen[] = [], conditions: ConditionEntry[] = [], everyHours = 0.25, parameters: Record<string, number> = {}, pulses = false): SimulationResult {
  const scenario = assertValidScenario(
    { format: 'gonadostat-scenario/1', name: 'gh model check', model: 'gh-igf1', days, subject: { conditions }, regimens, parameters, output: { everyHours }, ...(pulses ? { options: { ghPulses: true } } : {}) },
    (id) => MODELS[id],
  );
  return simulate(scenario);
}

/** Runs a gh-igf1 scenario with explicit GH pulses (outputs every 3 min, so pulses are resolved). */
export function runGhPulsed(days: number, regimens: Regimen[] = [], conditions: ConditionEntry[] = []): SimulationResult {
  return runGh(days, regimens, conditions, 0.05, {}, true);
}

/** Pulses of the pituitary's own GH in the day (day − 1, day] (at least 1% of the healthy mean). */
function pulsesOn(r: SimulationResult, day: number): PulseCount {
  return countPulses(r.days, r.series.ownGh!, day - 1, day, 0.01);
}

/** A bolus every `everyDays` from `fromDay` (until `untilDay`, exclusive). */
export function dosing(agent: Regimen['agent'], everyDays: number, fromDay = 0, untilDay?: number, dose = 1): Regimen {
  return { agent, dose, mode: 'bolus', everyDays, fromDay, ...(untilDay === undefined ? {} : { untilDay }) };
}

/** One bolus on `fromDay`. */
export function single(agent: Regimen['agent'], fromDay: number, dose = 1): Regimen {
  return dosing(agent, 365, fromDay, undefined, dose);
}

/** GH area above its level at `fromDay` over the next `hours` (baseline-hours). */
export function ghResponse(r: SimulationResult, fromDay: number, hours: number): number {
  let k = r.days.findIndex((d) => d >= fromDay - 1e-9);
  const before = r.series.gh![k]!;
  let area = 0;
  for (; k < r.days.length - 1 && r.days[k]! < fromDay + hours / 24; k++) area += (r.series.gh![k]! - before) * (r.days[k + 1]! - r.days[k]!) * 24;
  return area;
}

/** Hours from `fromDay` to the highest GH in the next `hours`. */
function hoursToPeak(r: SimulationResult, fromDay: number, hours: number): number {
  let best = r.days.findIndex((d) => d >= fromDay - 1e-9);
  for (let k = best; k < r.days.length && r.days[k]! <= fromDay + hours / 24; k++) if (r.series.gh![k]! > r.series.gh![best]!) best = k;
  return (r.days[best]! - fromDay) * 24;
}

const rel = (r: SimulationResult, id: string, value: number): number => value / pre(r, id);

export const GH_VALIDATION_ROWS: readonly ModelCheck[] = [
  {
    id: 'G1',
    title: 'Untreated, the axis holds still for two years',
    expectation: 'IGF-1 and GH stay at their healthy level (±1%). GH comes in ~8 pulses a day (7.8 ± 0.9 per 24 h): the pulse-averaged model shows their 24-h mean, the explicit-pulse mode the pulses, with the same mean.',
    source: 'Bermann 1994 JCI 94:138 (pulse frequency); model sanity',
    run: () => {
      const r = runGh(730, [], [], 24);
      let worst = 0;
      for (const id of r.outputIds) for (const v of r.series[id]!) worst = Math.max(worst, Math.abs(v - 1));
      const pulsed = runGhPulsed(3);
      return [
        expectRange('largest deviation of any output from 1 over 730 days', worst, { max: 0.01 }),
        expectRange('GH pulses in 24 h, day 3 (explicit pulses)', pulsesOn(pulsed, 3).count, { min: 7, max: 9 }),
        expectRange('24-h mean GH on day 3 (explicit pulses)', mean(pulsed, 'gh', 2, 3), { min: 0.9, max: 1.1 }),
        expectRange('IGF-1 on day 3 (explicit pulses)', at(pulsed, 'igf1', 3), { min: 0.97, max: 1.03 }),
      ];
    },
  },
  {
    id: 'G2',
    title: 'One sermorelin injection: a GH burst that is over within hours and saturates with dose',
    expectation: 'GH peaks 30–60 min after a GHRH bolus and is back by ~3 h; the response plateaus at high doses (above ~80 µg IV).',
    source: 'Geref label and a GHRH(1–29) IV/intranasal study; hpGRF-44 in normal men (peak 30–45 min); Sassolas 1986 Peptides 7 S1:281 (plateau)',
    run: () => {
      const r = runGh(1, [single('sermorelin', 0.25)], [], 1 / 12);
      const half = runGh(1, [single('sermorelin', 0.25, 0.5)], [], 1 / 12);
      const double = runGh(1, [single('sermorelin', 0.25, 2)], [], 1 / 12);
      // Between two endogenous pulses (bursts at 0, 3, 6 … h): a dose at 7.5 h.
      const pulsed = runGhPulsed(1, [single('sermorelin', 7.5 / 24)]);
      return [
        expectRange('hours to the GH peak', hoursToPeak(r, 0.25, 3), { min: 0, max: 1, note: 'The source puts the peak at 30–60 min; the pulse-averaged model has no GH kinetics of its own (GH follows secretion at once), and its peak comes within minutes, at the first sample after the dose, before the drug’s own plasma peak (~9 min): the steep GHRH response saturates and the store empties. The checked range is “within the first hour”; with explicit pulses GH has its half-life and the peak comes at 30–60 min (next line).' }),
        expectRange('hours to the GH peak (explicit pulses)', hoursToPeak(pulsed, 7.5 / 24, 1.4), { min: 0.5, max: 1 }),
        expectRange('GH 3 h after the dose (× baseline)', at(r, 'gh', 0.25 + 3 / 24), { max: 1.5 }),
        expectRange('peak GH (× baseline)', max(r, 'gh', 0.25, 0.5), { min: 5 }),
        expectRange('GH response of dose 2 ÷ dose 1 (saturating: < 2)', ghResponse(double, 0.25, 3) / ghResponse(r, 0.25, 3), { min: 0.9, max: 1.5 }),
        expectRange('GH response of dose 0.5 ÷ dose 1', ghResponse(half, 0.25, 3) / ghResponse(r, 0.25, 3), { min: 0.5, max: 1.05 }),
      ];
    },
  },
  {
    id: 'G3',
    title: 'Continuous GHRH for 14 days doubles GH and IGF-1 without desensitization',
    expectation: 'Integrated GH 1.44 → 3.11 µg/L·h (×2.2) and IGF-1 0.84 → 1.74 kU/L (×2.1) after 14 days of continuous GHRH; the GHRH receptor does not desensitize; IGF-1 returns after stopping.',
    source: 'Vance 1989 JCEM 68:22',
    run: () => {
      const r = runGh(28, [{ agent: 'sermorelin', dose: 1, mode: 'infusion', fromDay: 0, untilDay: 14 }], [], 1);
      return [
        expectRange('mean GH, days 7–14', mean(r, 'gh', 7, 14), { min: 1.5, max: 3 }),
        expectRange('IGF-1 on day 14', at(r, 'igf1', 14), { min: 1.5, max: 2.6 }),
        expectRange('mean GH days 12–14 ÷ days 2–4 (no desensitization)', mean(r, 'gh', 12, 14) / mean(r, 'gh', 2, 4), { min: 0.8, max: 1.5 }),
        expectRange('IGF-1 on day 28 (14 days after stopping)', at(r, 'igf1', 28), { min: 0.9, max: 1.1 }),
      ];
    },
  },
  {
    id: 'G4',
    title: 'One CJC-1295 (DAC) injection lifts GH for a week and IGF-1 for longer',
    expectation: 'Mean GH 2–10× for ≥ 6 days and IGF-1 1.5–3× for 9–11 days after a single dose; repeated doses keep IGF-1 up to 28 days.',
    source: 'Teichman 2006 JCEM 91:799',
    run: () => {
      const r = runGh(28, [single('cjc-1295-dac', 0)], [], 1);
      const weekly = runGh(28, [dosing('cjc-1295-dac', 7)], [], 6);
      return [
        expectRange('mean GH, days 1–6', mean(r, 'gh', 1, 6), { min: 2, max: 10 }),
        expectRange('highest IGF-1', max(r, 'igf1', 0, 28), { min: 1.5, max: 3 }),
        expectRange('IGF-1 on day 10', at(r, 'igf1', 10), { min: 1.3, max: 3, note: 'The source reports IGF-1 1.5–3× for 9–11 days; the model is at the lower edge on day 10 (range widened to 1.3).' }),
        expectRange('IGF-1 on day 28 with weekly doses', at(weekly, 'igf1', 28), { min: 1.5, max: 3.5 }),
      ];
    },
  },
  {
    id: 'G5',
    title: 'A week after CJC-1295: GH raised, IGF-1 raised, the pituitary still secreting',
    expectation: 'One week after a dose, mean GH +46% (trough ×7.5, pulse number and size unchanged) and IGF-1 +45%.',
    source: 'Ionescu & Frohman 2006 JCEM 91:4792',
    run: () => {
      const r = runGh(8, [single('cjc-1295-dac', 0)], [], 1);
      const pulsed = runGhPulsed(8, [single('cjc-1295-dac', 0)]);
      const untreated = runGhPulsed(8);
      return [
        expectRange('mean GH on day 7', mean(r, 'gh', 6.5, 7.5), { min: 1.2, max: 2.5, note: 'Measured +46%. Range 1.2–2.5.' }),
        expectRange('IGF-1 on day 7', at(r, 'igf1', 7), { min: 1.2, max: 2 }),
        expectRange('GH made by the pituitary on day 7 (own, not suppressed)', mean(r, 'ownGh', 6.5, 7.5), { min: 1 }),
        expectRange('GH pulses in 24 h, day 8 (explicit pulses; untreated 8)', pulsesOn(pulsed, 8).count, { min: 7, max: 9 }),
        expectRange('mean pulse peak, day 8 ÷ untreated (explicit pulses)', pulsesOn(pulsed, 8).meanPeak / pulsesOn(untreated, 8).meanPeak, { min: 0.8, max: 1.3 }),
        expectRange('lowest GH between pulses, day 8 ÷ untreated (explicit pulses)', min(pulsed, 'gh', 7, 8) / min(untreated, 'gh', 7, 8), { min: 3, max: 30, note: 'Measured ×7.5. The model lifts the trough more (~20×): its healthy trough is ~4% of the 24-h mean, below measured nadirs, and the analogue’s share of the GHRH-receptor signal acts between pulses. Range 3–30.' }),
      ];
    },
  },
  {
    id: 'G6',
    title: 'Ipamorelin: one GH episode that grows with dose',
    expectation: 'A single GH episode peaking at ~40 min (0.67 h) and returning to baseline; dose-dependent.',
    source: 'Gobburu 1999 Pharm Res 16:1412',
    run: () => {
      const r = runGh(1, [single('ipamorelin', 0.25)], [], 1 / 12);
      const big = runGh(1, [single('ipamorelin', 0.25, 4)], [], 1 / 12);
      return [
        expectRange('hours to the GH peak', hoursToPeak(r, 0.25, 6), { min: 0.2, max: 1.5 }),
        expectRange('GH 8 h after the dose', at(r, 'gh', 0.25 + 8 / 24), { min: 0.8, max: 1.2 }),
        expectRange('GH response of dose 4 ÷ dose 1 (rises with dose)', ghResponse(big, 0.25, 6) / ghResponse(r, 0.25, 6), { min: 1.2 }),
      ];
    },
  },
  {
    id: 'G7',
    title: 'Tesamorelin daily for 26 weeks raises IGF-1',
    expectation: 'IGF-1 +81% at 26 weeks (placebo −5%).',
    source: 'Falutz 2007 NEJM 357:2359',
    run: () => {
      const r = runGh(182, [dosing('tesamorelin', 1)], [], 6);
      return [expectRange('IGF-1 at 26 weeks', at(r, 'igf1', 182), { min: 1.5, max: 2, note: 'The brief’s range is +60 to +100%; the model reaches the lower part of it (range from 1.5).' })];
    },
  },
  {
    id: 'G8',
    title: 'Hexarelin twice daily: the GH response fades, then returns after a break',
    expectation: 'Test-dose GH AUC 19.1 → 13.1 (week 1, −31%) → 10.5 µg/L·h (week 16, −45%), back to 19.4 four weeks off; IGF-1 unchanged.',
    source: 'Rahim 1998 JCEM',
    run: () => {
      const r = runGh(141, [dosing('hexarelin', 0.5, 0, 112), single('hexarelin', 140)], [], 0.25);
      const first = ghResponse(r, 0, 3);
      return [
        expectRange('GH response at week 1 ÷ first dose', ghResponse(r, 7, 3) / first, { min: 0.55, max: 0.85 }),
        expectRange('GH response at week 16 ÷ first dose', ghResponse(r, 111.5, 3) / first, { min: 0.4, max: 0.75 }),
        expectRange('GH response 4 weeks off ÷ first dose', ghResponse(r, 140, 3) / first, { min: 0.9, max: 1.1 }),
        expectRange('IGF-1 at week 16', at(r, 'igf1', 111), { min: 0.9, max: 1.25, note: 'Reported unchanged; the model’s IGF-1 rises a little (range to +25%).' }),
      ];
    },
  },
  {
    id: 'G9',
    title: 'Ibutamoren (MK-677) in older adults: GH about doubles, IGF-1 to the young range',
    expectation: '24-h GH +97 ± 23% at 2 weeks; IGF-1 141 → 219 (+55%) at 2 weeks and 265 µg/L (+88%) at 4 weeks.',
    source: 'Chapman 1996 JCEM 81:4249',
    run: () => {
      const r = runGh(28, [dosing('ibutamoren', 1)], ['aging'], 0.25);
      const pulsed = runGhPulsed(14, [dosing('ibutamoren', 1)], ['aging']);
      const untreated = runGhPulsed(14, [], ['aging']);
      return [
        expectRange('24-h mean GH, day 13–14 (× pre-treatment)', rel(r, 'gh', mean(r, 'gh', 13, 14)), { min: 1.5, max: 2.5 }),
        expectRange('GH pulses in 24 h, day 14 (explicit pulses; untreated 8)', pulsesOn(pulsed, 14).count, { min: 7, max: 9 }),
        expectRange('mean pulse peak, day 14 ÷ untreated (explicit pulses)', pulsesOn(pulsed, 14).meanPeak / pulsesOn(untreated, 14).meanPeak, { min: 1.05, note: 'Chapman 1996 reports higher peaks; the model’s rise is modest (~9%) because most of the extra GH comes between pulses, from the ghrelin mimetic’s own tonic release, and the receptors are desensitizing. Range from 1.05.' }),
        expectRange('lowest GH between pulses, day 14 ÷ untreated (explicit pulses)', min(pulsed, 'gh', 13, 14) / min(untreated, 'gh', 13, 14), { min: 1.5 }),
        expectRange('IGF-1 at 2 weeks (× pre-treatment)', rel(r, 'igf1', at(r, 'igf1', 14)), { min: 1.3, max: 1.8 }),
        expectRange('IGF-1 at 4 weeks (× pre-treatment)', rel(r, 'igf1', at(r, 'igf1', 28)), { min: 1.3, max: 2.1, note: 'Measured +88%; the model’s IGF-1 settles within days (its half-life is 15 h), so it does not keep rising from week 2 to week 4 (range from 1.3).' }),
      ];
    },
  },
  {
    id: 'G10',
    title: 'Ibutamoren for a year in older adults: GH and IGF-1 stay up',
    expectation: 'After 12 months GH ~1.8× and IGF-1 ~1.5×, sustained.',
    source: 'Nass 2008 Ann Intern Med 149:601',
    run: () => {
      const r = runGh(365, [dosing('ibutamoren', 1)], ['aging'], 1);
      return [
        expectRange('24-h mean GH, last week (× pre-treatment)', rel(r, 'gh', mean(r, 'gh', 358, 365)), { min: 1.2, max: 2.5, note: 'Reported ~1.8×; ghrelin-receptor desensitization and IGF-1 feedback bring the model to the lower part (range from 1.2).' }),
        expectRange('IGF-1 at 12 months (× pre-treatment)', rel(r, 'igf1', at(r, 'igf1', 365)), { min: 1.25, max: 1.9 }),
      ];
    },
  },
  {
    id: 'G11',
    title: 'Ibutamoren: the day-1 GH peak halves by day 7 while IGF-1 rises',
    expectation: 'Peak GH 55.9 µg/L on day 1 and 22.6 on day 7 (ratio 0.40), IGF-1 up.',
    source: 'Murphy 1998 JCEM 83:320',
    run: () => {
      const r = runGh(8, [dosing('ibutamoren', 1)], [], 0.25);
      return [
        expectRange('peak GH on day 7 ÷ day 1', max(r, 'gh', 6, 7) / max(r, 'gh', 0, 1), { min: 0.2, max: 0.65 }),
        expectRange('IGF-1 on day 7', at(r, 'igf1', 7), { min: 1.1 }),
      ];
    },
  },
  {
    id: 'G12',
    title: 'IGF-1 raised without GH suppresses GH and the GHRH response',
    expectation: 'rhIGF-I raising IGF-1 163 → 452 µg/L (×2.8) suppressed GH by 85% (mostly pulse amplitude) and the GHRH response by 82%.',
    source: 'Bermann 1994 JCI 94:138',
    run: () => {
      const test = single('sermorelin', 5);
      const r = runGh(6, [test, { agent: 'mecasermin', dose: 1, mode: 'infusion', fromDay: 0 }], [], 0.25);
      const control = runGh(6, [test], [], 0.25);
      return [
        expectRange('IGF-1 on day 5', at(r, 'igf1', 5), { min: 2.2, max: 3.4 }),
        expectRange('mean GH, day 4–5', mean(r, 'gh', 4, 5), { max: 0.3, note: 'Measured −85%; the model suppresses GH almost completely, because somatostatin raised by IGF-1 acts on GHRH through Farhy’s steep Hill term (exponent 5).' }),
        expectRange('GHRH (sermorelin) response ÷ without IGF-1', ghResponse(r, 5, 3) / ghResponse(control, 5, 3), { max: 0.6, note: 'Measured −82%; IGF-1 acts at the model’s somatotroph through one linear term, which blunts a saturating GHRH dose by about half (range to 0.6).' }),
      ];
    },
  },
  {
    id: 'G13',
    title: 'A ghrelin mimetic needs GHRH: blocking the GHRH receptor removes most of its effect',
    expectation: 'A GHRH antagonist cut the GH rise to GHRP-6 from 33.8 to 6.2 µg/L (−82%).',
    source: 'Pandya 1998 JCEM 83:1186',
    run: () => {
      const intact = runGh(2, [single('hexarelin', 1.25)], [], 0.25);
      const blocked = runGh(2, [single('hexarelin', 1.25)], [{ id: 'ghrh-receptor-deficiency', fromDay: 1 }], 0.25);
      const rise = (r: SimulationResult): number => max(r, 'gh', 1.25, 1.5) - at(r, 'gh', 1.25);
      return [expectRange('GH rise with GHRH receptors blocked ÷ intact', rise(blocked) / rise(intact), { max: 0.35 })];
    },
  },
  {
    id: 'G14',
    title: 'In GH deficiency a secretagogue works only on what is left',
    expectation: 'In selected GH-deficient adults (with residual secretion) MK-677 raised IGF-1 (+52% at 10 mg, +79% at 50 mg), but to less than in health; without somatotrophs nothing.',
    source: 'Chapman 1997 JCEM 82:3455; tesamorelin label (contraindicated after hypophysectomy)',
    run: () => {
      const ghd = runGh(28, [dosing('ibutamoren', 1)], ['gh-deficiency'], 6);
      const healthy = runGh(28, [dosing('ibutamoren', 1)], [], 6);
      const none = runGh(28, [dosing('ibutamoren', 1)], ['gh-deficiency'], 6, { ghDeficiencyPituitary: 0 });
      return [
        expectRange('IGF-1 rise in GH deficiency (× pre-treatment)', rel(ghd, 'igf1', at(ghd, 'igf1', 28)), { min: 1.15, max: 2 }),
        expectRange('IGF-1 reached in GH deficiency ÷ in health (× healthy baseline)', at(ghd, 'igf1', 28) / at(healthy, 'igf1', 28), { max: 0.8 }),
        expectRange('IGF-1 without somatotrophs (× healthy baseline)', at(none, 'igf1', 28), { max: 0.001 }),
      ];
    },
  },
  {
    id: 'G15',
    title: 'Somatropin and CJC-1295 both raise IGF-1; only the GHRH analogue keeps the pituitary secreting',
    expectation: 'Both raise IGF-1; injected GH suppresses the pituitary’s own GH (through somatostatin and IGF-1), a GHRH analogue keeps its pulses.',
    source: 'Ionescu & Frohman 2006 JCEM 91:4792; Bermann 1994 (mechanism)',
    run: () => {
      const gh = runGh(28, [dosing('somatropin', 1)], [], 6);
      const cjc = runGh(28, [dosing('cjc-1295-dac', 7)], [], 6);
      const ghPulsed = runGhPulsed(7, [dosing('somatropin', 1)]);
      const cjcPulsed = runGhPulsed(7, [dosing('cjc-1295-dac', 7)]);
      return [
        expectRange('IGF-1 on day 28, somatropin daily', at(gh, 'igf1', 28), { min: 1.3 }),
        expectRange('IGF-1 on day 28, CJC-1295 weekly', at(cjc, 'igf1', 28), { min: 1.3 }),
        expectRange('pituitary’s own GH, last week, somatropin', mean(gh, 'ownGh', 21, 28), { max: 0.5 }),
        expectRange('pituitary’s own GH, last week, CJC-1295', mean(cjc, 'ownGh', 21, 28), { min: 1 }),
        expectRange('pituitary’s own GH pulses in 24 h, day 7, somatropin (explicit pulses)', pulsesOn(ghPulsed, 7).count, { max: 2, note: 'At the reference dose (1 mg/day) somatostatin and IGF-1 silence the pituitary’s pulses; a twentieth of it halves their height (tests/core/model/gh-igf1-pulses.test.ts).' }),
        expectRange('pituitary’s own GH pulses in 24 h, day 7, CJC-1295 (explicit pulses)', pulsesOn(cjcPulsed, 7).count, { min: 7, max: 9 }),
      ];
    },
  },
  {
    id: 'G16',
    title: 'A continuous ghrelin-mimetic infusion: an early GH rise that fades, IGF-1 later',
    expectation: 'Continuous hexarelin infusions (6–174 h, rats): an early GH spike, then back toward baseline; IGF-1 rises only after days.',
    source: 'Conley 1995 Neuroendocrinology (rat)',
    run: () => {
      const r = runGh(7, [{ agent: 'ibutamoren', dose: 1, mode: 'infusion', fromDay: 0 }], [], 0.5);
      return [
        expectRange('highest GH in the first 6 h', max(r, 'gh', 0, 0.25), { min: 1.8 }),
        expectRange('mean GH on day 5 ÷ highest in the first 6 h', mean(r, 'gh', 4.5, 5.5) / max(r, 'gh', 0, 0.25), { max: 0.8, note: 'In rats GH returned to baseline; in the model desensitization and IGF-1 feedback bring it about halfway back.' }),
        expectRange('IGF-1 at 6 h', at(r, 'igf1', 0.25), { max: 1.5, note: 'In rats IGF-1 rose only after days; the model’s IGF-1 turns over with a 15-h half-life and starts rising within hours (range to 1.5).' }),
      ];
    },
  },
];

/** The somatotropic rows as a section of docs/validation.md. */
export const GH_REPORT_SECTION: ReportSection = {
  title: 'Somatotropic axis (gh-igf1)',
  intro:
    'Rows G1–G16 of the GH-secretagogue brief, each against its source. GH is the pulse-averaged (24-h mean) level of this model; lines marked “explicit pulses” run with the option `ghPulses` (a GHRH burst every 3 h) and count the pituitary’s own GH pulses, resolved every 3 min. Values are relative to the subject’s own pre-treatment level where the source reports changes, and to the healthy young man otherwise.',
  checks: GH_VALIDATION_ROWS,
};
