/**
 * Rows of the female model brief's validation table (§6) that need agents, as
 * plain-language model checks of `female-hpg` run through the scenario format
 * (the registered model, as the app and `npm run sim` run it), converted back
 * to clinical units. Not reproduced (docs/model.md): F16's absence of a
 * same-day change in GnRH frequency after oral progesterone; the rest of F16 is
 * checked here.
 */
import { expectRange, type ModelCheck } from '../harness';
import { maxOver, meanOver, runScenario, type AgentRun } from './harness';

const dailyFrom = (agent: string, fromDay: number, untilDay?: number, dose = 1): Record<string, unknown> =>
  ({ agent, dose, mode: 'bolus', everyDays: 1, fromDay, ...(untilDay === undefined ? {} : { untilDay }) });
const patch = (dose: number, fromDay = 0, untilDay?: number): Record<string, unknown> =>
  ({ agent: 'estradiol-patch', dose, mode: 'infusion', fromDay, ...(untilDay === undefined ? {} : { untilDay }) });

const pellet = (dose: number): AgentRun => run(60, [{ agent: 'estradiol-pellet', dose, mode: 'bolus', everyDays: 180, fromDay: 0 }], ['menopause']);

const cache = new Map<string, AgentRun>();
/** A run, computed once per distinct scenario (several rows share the untreated ones). */
function run(days: number, regimens: readonly Record<string, unknown>[], conditions: readonly string[] = []): AgentRun {
  const key = JSON.stringify([days, regimens, conditions]);
  let r = cache.get(key);
  if (!r) {
    r = runScenario(days, regimens, conditions as Parameters<typeof runScenario>[2]);
    cache.set(key, r);
  }
  return r;
}

const firstOvulation = (r: AgentRun): number => r.metrics.ovulations[0]?.lhPeakDay ?? Infinity;

/** Cycle day (run day + 1, to the nearest day) of a run's first ovulation's LH peak, or 'none'. */
function cycleDayOfFirstPeak(r: AgentRun): string {
  const day = firstOvulation(r);
  return Number.isFinite(day) ? (day + 1).toFixed(0) : 'none';
}

export const FEMALE_AGENT_ROWS: readonly ModelCheck[] = [
  {
    id: 'F6',
    title: 'Estradiol clamp after oophorectomy: an LH rise needs estradiol high enough for long enough',
    expectation: 'Below ~100 pg/mL no surge; at 200–400 pg/mL a surge after about 1.5 days, larger the longer estradiol stays high.',
    source: 'Karsch et al. 1973 (Endocrinology 92:1740): ovariectomized monkeys, estradiol < 100 pg/mL never triggered a surge; 100–200 pg/mL needed ~42 h, 200–400 ~36 h',
    run: () => {
      const base = (r: AgentRun): number => meanOver(r, 'lh', 5, 9.9);
      const rise = (dose: number, days: number): number => {
        const r = run(30, [patch(dose, 10, 10 + days)], ['oophorectomy']);
        return maxOver(r, 'lh', 10, 20).value / base(r);
      };
      return [
        expectRange('LH peak ÷ before, estradiol ~100 pg/mL for 3 days (patch × 2)', rise(2, 3), { max: 1.3 }),
        expectRange('LH peak ÷ before, estradiol ~270 pg/mL for 3 days (patch × 6)', rise(6, 3), { min: 1.5, note: 'the castrate LH it starts from is already high: the model’s surge doubles it' }),
        expectRange('that rise ÷ the rise after 1 day at ~270 pg/mL', rise(6, 3) / rise(6, 1), { min: 1.1 }),
      ];
    },
  },
  {
    id: 'F9',
    title: 'The combined pill, 21 days on and 7 off: no surge, no luteal phase; FSH recovers in the break',
    expectation: 'No LH surge and no luteal progesterone over three packs; FSH rises in the 7-day break (to ~4.5–7 IU/L) and some follicles grow then.',
    source: 'van Heusden & Fauser 1999 (Contraception 59:237)',
    run: () => {
      const r = run(84, [0, 28, 56].map((d) => dailyFrom('combined-oral-contraceptive', d, d + 21)));
      return [
        expectRange('ovulations over three packs', r.metrics.ovulations.length, { max: 0 }),
        expectRange('highest LH from day 5, IU/L', maxOver(r, 'lh', 5, 84).value, { max: 15 }),
        expectRange('highest progesterone from day 5, ng/mL', maxOver(r, 'progesterone', 5, 84).value, { max: 3 }),
        expectRange('FSH at the end of the third break ÷ late in the third pack', meanOver(r, 'fsh', 82, 84) / meanOver(r, 'fsh', 70, 77), {
          min: 1.1,
          note: `it ends the break at ${meanOver(r, 'fsh', 82, 84).toFixed(1)} IU/L, above the measured 4.5–7 (a model limit the app shows): the FSH that fills the pituitary in each break drains slowly while the progestin keeps GnRH nearly silent, so it is still ${meanOver(r, 'fsh', 70, 77).toFixed(1)} IU/L late in the pack`,
        }),
      ];
    },
  },
  {
    id: 'F10',
    title: 'Clomiphene in a PCOS-like subject: FSH and LH rise, one ovulation follows, then anovulation again',
    expectation: 'On five days of clomiphene (from run day 40, once her anovulation is settled) FSH and LH rise; at 50 mg, the starting dose, and at 150 mg, the highest usual one, one ovulation follows within a few weeks; without further courses she is anovulatory again.',
    source: 'Shoham et al. 1989 (J Endocrinol Invest 12:9); ASRM Practice Committee 2006 (Fertil Steril 86:S187): about 80% ovulate on 50–150 mg; Fertil Steril 1993;59:532: 13 of 17 ovulated on 150 mg',
    run: () => {
      const course = (dose: number): AgentRun => run(130, [dailyFrom('clomiphene', 40, 45, dose)], ['pcos-like']);
      const natural = run(40, []);
      const lastTablet = 44;
      const ovulationsAfter = (r: AgentRun, from: number, to: number): number => r.metrics.ovulations.filter((o) => o.lhPeakDay > from && o.lhPeakDay <= to).length;
      // Dose 1 is 25 mg a day.
      const mid = course(2);
      const high = course(6);
      const highPeak = high.metrics.ovulations.find((o) => o.lhPeakDay > lastTablet)?.lhPeakDay;
      return [
        expectRange('ovulations before the course (run days 10–40)', ovulationsAfter(mid, 10, 40), { max: 0 }),
        expectRange('150 mg (the source’s dose): FSH while it is taken ÷ the 5 days before', meanOver(high, 'fsh', 41, 45) / meanOver(high, 'fsh', 35, 40), { min: 1.1 }),
        expectRange('150 mg: LH while it is taken ÷ the 5 days before', meanOver(high, 'lh', 41, 45) / meanOver(high, 'lh', 35, 40), { min: 1.2 }),
        expectRange('50 mg: ovulations within 30 days of the last tablet', ovulationsAfter(mid, lastTablet, lastTablet + 30), {
          min: 1, max: 1,
          note: `estradiol peaks at ${maxOver(mid, 'estradiol', 40, 75).value.toFixed(0)} pg/mL (the untreated healthy cycle: ${maxOver(natural, 'estradiol', 0, 40).value.toFixed(0)}): below a natural cycle's peak, where women on clomiphene reach more; the leading follicle reaches ${maxOver(mid, 'follicles', 40, 75).value.toFixed(1)} mm`,
        }),
        expectRange('150 mg: ovulations within 30 days of the last tablet', ovulationsAfter(high, lastTablet, lastTablet + 30), {
          min: 1, max: 1,
          note: `LH rises ${(meanOver(high, 'lh', 41, 45) / meanOver(high, 'lh', 35, 40)).toFixed(1)}-fold while 150 mg is taken, where it rose about 1.8-fold in women with PCOS (a model limit the app shows), and ${highPeak === undefined ? 'no LH peak follows' : `the LH peak comes ${(highPeak - lastTablet).toFixed(1)} days after the last tablet, sooner than the 5–10 days of the clinic`}`,
        }),
        expectRange('50 mg: ovulations in the 60 days after that', ovulationsAfter(mid, lastTablet + 30, lastTablet + 90), { max: 0 }),
      ];
    },
  },
  {
    id: 'F11',
    title: 'Letrozole on cycle days 3–7: estradiol falls while it is taken, FSH rises, one ovulation follows',
    expectation: 'Estradiol falls during dosing and FSH rises; a single follicle usually goes on to ovulate.',
    source: 'Bedaiwy et al. 2011 (Reprod Biol Endocrinol 9:83); Legro et al. 2014 (NEJM 371:119)',
    run: () => {
      const r = run(40, [dailyFrom('letrozole', 2, 7)]);
      const natural = run(40, []);
      return [
        expectRange('estradiol, cycle days 5–8 ÷ untreated', meanOver(r, 'estradiol', 4, 7) / meanOver(natural, 'estradiol', 4, 7), { max: 0.6 }),
        expectRange('FSH, cycle days 5–9 ÷ untreated', meanOver(r, 'fsh', 4, 8) / meanOver(natural, 'fsh', 4, 8), { min: 1.3 }),
        expectRange('ovulations within 40 days', r.metrics.ovulations.length, {
          min: 1, max: 1, note: `its LH peak comes on cycle day ${cycleDayOfFirstPeak(r)}, untreated on day ${cycleDayOfFirstPeak(natural)}: a minor change from the natural cycle, as Bedaiwy 2011 report`,
        }),
      ];
    },
  },
  {
    id: 'F12',
    title: 'GnRH agonist from cycle day 4: a flare within hours, then suppression',
    expectation: 'LH ≥ 4× within hours, then down-regulation within days; estradiol at postmenopausal levels by ~3 weeks; no ovulation.',
    source: 'microdose triptorelin: LH 34 IU/L at 4 h, down-regulated in 4 days (Fertil Steril 2004, PMID 15066465); Röblitz 2013 nafarelin data',
    run: () => {
      const r = run(60, [{ agent: 'gnrh-agonist', dose: 1, mode: 'bolus', everyDays: 28, fromDay: 3 }]);
      return [
        expectRange('highest LH in the 12 h after the depot ÷ the day before', maxOver(r, 'lh', 3, 3.5).value / meanOver(r, 'lh', 2, 2.9), { min: 4 }),
        expectRange('LH on days 10–20, IU/L', meanOver(r, 'lh', 10, 20), { max: 4 }),
        expectRange('estradiol on days 10–17, pg/mL', meanOver(r, 'estradiol', 10, 17), {
          max: 30,
          note: `it rises again on the depot, to ${meanOver(r, 'estradiol', 40, 60).toFixed(0)} pg/mL on days 40–60 (a model limit the app shows): the depot holds FSH at ${meanOver(r, 'fsh', 30, 60).toFixed(1)} IU/L on days 30–60, above the follicles’ threshold`,
        }),
        expectRange('ovulations in 60 days', r.metrics.ovulations.length, { max: 0 }),
      ];
    },
  },
  {
    id: 'F13',
    title: 'GnRH antagonist in the late follicular phase: gonadotropins fall within a day, the surge is postponed',
    expectation: 'LH −55–65%, FSH −30%, estradiol −80% within 24–48 h; the LH peak comes later, more so with a larger dose.',
    source: 'Fertil Steril 1994;62:461; cetrorelix 1/3/5 mg delay the LH peak 4/8/9.5 days (Fertil Steril 2001;75:316)',
    run: () => {
      const natural = run(60, []);
      const small = run(60, [{ agent: 'gnrh-antagonist', dose: 0.02, mode: 'bolus', everyDays: 100, fromDay: 12 }]);
      const large = run(60, [{ agent: 'gnrh-antagonist', dose: 0.1, mode: 'bolus', everyDays: 100, fromDay: 12 }]);
      const at = (r: AgentRun, id: 'lh' | 'fsh' | 'estradiol', from: number): number => meanOver(r, id, from, from + 0.5) / meanOver(natural, id, from, from + 0.5);
      return [
        expectRange('LH 24–36 h after ÷ untreated', at(small, 'lh', 13), { min: 0.3, max: 0.7 }),
        expectRange('FSH 24–36 h after ÷ untreated', at(small, 'fsh', 13), { min: 0.5, max: 0.9 }),
        expectRange('estradiol 36–48 h after ÷ untreated', at(small, 'estradiol', 13.5), { max: 0.7, note: 'the source’s −80% is larger' }),
        expectRange('delay of the LH peak, 1/50 of a depot, days', firstOvulation(small) - firstOvulation(natural), { min: 3 }),
        // No LH peak within the run counts as its last day: the peak comes later still.
        expectRange('extra delay with 5× the dose, days (no peak by day 60 counts as day 60)', Math.min(firstOvulation(large), 60) - firstOvulation(small), {
          min: 3,
          note: `the model overshoots: 1/50 of a depot puts the first LH peak on run day ${firstOvulation(small).toFixed(0)} (untreated ${firstOvulation(natural).toFixed(0)}), because the depot keeps releasing for weeks (half-life 28 d) where cetrorelix is gone in days`,
        }),
      ];
    },
  },
  {
    id: 'F14',
    title: 'Menopause with an estradiol patch or pellet: FSH and LH fall, and the fall saturates',
    expectation: 'FSH and LH fall with the dose (0.025–0.1 mg/day), with little further fall above ~40 pg/mL estradiol; a pellet suppresses them in 4–6 weeks, incompletely at 25 mg.',
    source: 'Selby & Peacock 1986 (BMJ 293:1337); Int J Gynaecol Obstet 1982 (estradiol implants)',
    run: () => {
      const none = run(120, [], ['menopause']);
      const fsh = (dose: number): number => meanOver(run(120, [patch(dose)], ['menopause']), 'fsh', 90, 120) / meanOver(none, 'fsh', 90, 120);
      return [
        expectRange('FSH with half a patch (0.025 mg/day) ÷ none', fsh(0.5), { max: 0.3 }),
        expectRange('FSH with two patches ÷ with half a patch', fsh(2) / fsh(0.5), { min: 0.8, max: 1.05 }),
        expectRange('LH with one patch ÷ none', meanOver(run(120, [patch(1)], ['menopause']), 'lh', 90, 120) / meanOver(none, 'lh', 90, 120), { max: 0.7 }),
        expectRange('FSH 4–6 weeks after a 50 mg estradiol pellet ÷ none', meanOver(pellet(1), 'fsh', 28, 42) / meanOver(none, 'fsh', 28, 42), { max: 0.2 }),
        expectRange('FSH then with a 25 mg pellet ÷ with 50 mg (less complete)', meanOver(pellet(0.5), 'fsh', 28, 42) / meanOver(pellet(1), 'fsh', 28, 42), {
          min: 1.2, note: 'the 50 mg pellet’s ~190 pg/mL reaches this model’s positive-feedback range, so its LH rises instead of falling as measured',
        }),
      ];
    },
  },
  {
    id: 'F15',
    title: 'Testosterone for women: low-dose cream leaves estradiol and the cycle as they were; a 75 mg pellet peaks within two weeks and is gone by week 18; male-range doses stop the cycles',
    expectation: 'Cream: testosterone rises to the top of the female range; estradiol and the cycle stay as they were. Pellet (75 mg) after menopause: testosterone peaks at 2.5 ± 1.6 ng/mL within two weeks and is back to its pre-implant level by weeks 17–18. Weekly cypionate that puts testosterone in the male range stops the cycles within months.',
    source: 'Goldstat et al. 2003 (Menopause 10:390); Int J Gynaecol Obstet 1982 (20:387) for the pellet; Ahmad et al. 2017 (Transgender Health 2:176: 55% amenorrhoeic by 6 months, 87% by 12) and Travison et al. 2017 (JCEM 102:1161: male range 2.64–9.16 ng/mL) for male-range doses',
    run: () => {
      const natural = run(120, []);
      const cream = run(120, [dailyFrom('testosterone-cream', 0)]);
      const before = run(140, [], ['menopause']);
      const implant = run(140, [{ agent: 'testosterone-pellet', dose: 1, mode: 'bolus', everyDays: 200, fromDay: 0 }], ['menopause']);
      const peak = maxOver(implant, 'testosterone', 0, 60);
      const weekly = run(365, [{ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', everyDays: 7, fromDay: 0 }]);
      const half = run(365, [{ agent: 'testosterone-cypionate', dose: 0.5, mode: 'bolus', everyDays: 7, fromDay: 0 }]);
      const after = (r: AgentRun, day: number): number => r.metrics.ovulations.filter((o) => o.lhPeakDay >= day).length;
      return [
        expectRange('testosterone on cream, ng/mL', meanOver(cream, 'testosterone', 30, 120), { min: 0.5, max: 1 }),
        expectRange('estradiol on cream ÷ untreated', meanOver(cream, 'estradiol', 30, 120) / meanOver(natural, 'estradiol', 30, 120), { min: 0.9, max: 1.1 }),
        expectRange('ovulations in 120 days on cream − untreated', cream.metrics.ovulations.length - natural.metrics.ovulations.length, { min: 0, max: 0 }),
        expectRange('pellet: peak testosterone, ng/mL', peak.value, { min: 0.9, max: 4.1 }),
        expectRange('pellet: day of the peak', peak.day, { min: 3, max: 21 }),
        expectRange('pellet: testosterone added in weeks 17–18, ng/mL', meanOver(implant, 'testosterone', 119, 126) - meanOver(before, 'testosterone', 119, 126), { max: 0.3 }),
        expectRange('cypionate 100 mg weekly: testosterone, months 2–12, ng/mL', meanOver(weekly, 'testosterone', 60, 365), { min: 2.64, max: 9.16 }),
        expectRange('ovulations from month 3 to month 12 on 100 mg weekly', after(weekly, 60), {
          max: 0,
          note: `${weekly.metrics.ovulations.length === 0 ? 'the model stops them at once (no ovulation at all)' : `the last ovulation comes on day ${weekly.metrics.ovulations.at(-1)!.lhPeakDay.toFixed(0)}`}, where Ahmad 2017 saw amenorrhoea come over months; at 50 mg weekly (${meanOver(half, 'testosterone', 60, 365).toFixed(1)} ng/mL) ${half.metrics.ovulations.length} ovulations in the year`,
        }),
      ];
    },
  },
  {
    id: 'F16',
    title: 'Progesterone cream versus oral progesterone',
    expectation: 'Cream: serum progesterone stays near follicular levels; oral 200 mg: peaks in the luteal range. (No same-day change in GnRH frequency after an oral dose: not reproduced.)',
    source: 'Du et al. 2013 (Menopause 20:1169); Prometrium label; Kim et al. 2018 (Physiol Rep 6:e13680)',
    run: () => {
      const none = run(40, [], ['menopause']);
      const cream = run(40, [dailyFrom('progesterone-cream', 0)], ['menopause']);
      const oral = run(40, [dailyFrom('progesterone-oral', 0)], ['menopause']);
      return [
        expectRange('progesterone added by the cream, mean, ng/mL', meanOver(cream, 'progesterone', 20, 40) - meanOver(none, 'progesterone', 20, 40), { max: 1.5 }),
        expectRange('oral progesterone’s daily peak, ng/mL', maxOver(oral, 'progesterone', 20, 21).value, { min: 10 }),
      ];
    },
  },
  {
    id: 'F17',
    title: 'Menopause with an estradiol patch and an aromatase inhibitor: the patch dominates',
    expectation: 'Adding an aromatase inhibitor to a patch barely changes estradiol; the inhibitor alone lowers it by ~85–90% (anastrozole 1 mg) or ~95% (letrozole 2.5 mg).',
    source: 'Davis et al. 2006 (Menopause 13:37); plasma estradiol after months of each inhibitor: Geisler et al. 2002 (J Clin Oncol 20:751: −84.9% and −95.2%), Dixon et al. 2008 (J Clin Oncol 26:1671: 10.1% and 5.9% left)',
    run: () => {
      const patched = run(60, [patch(1)], ['menopause']);
      const both = run(60, [patch(1), dailyFrom('anastrozole', 0)], ['menopause']);
      const none = meanOver(run(60, [], ['menopause']), 'estradiol', 30, 60);
      const left = (agent: string): number => meanOver(run(60, [dailyFrom(agent, 0)], ['menopause']), 'estradiol', 30, 60) / none;
      const anastrozole = left('anastrozole');
      const letrozole = left('letrozole');
      return [
        expectRange('estradiol, patch + anastrozole ÷ patch', meanOver(both, 'estradiol', 30, 60) / meanOver(patched, 'estradiol', 30, 60), { min: 0.8 }),
        expectRange('estradiol, anastrozole alone ÷ none', anastrozole, { min: 0.08, max: 0.2, note: 'calibration: these two studies set anastrozole’s half-effect level in women (anastrozoleHalfEffectFemale)' }),
        expectRange('estradiol, letrozole alone ÷ none', letrozole, { min: 0.03, max: 0.1 }),
        expectRange('letrozole’s share left ÷ anastrozole’s', letrozole / anastrozole, { max: 0.8 }),
      ];
    },
  },
];
