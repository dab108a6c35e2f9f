/**
 * The benchmark's reference scenario: one simulated year of weekly
 * testosterone with gonadorelin and anastrozole twice weekly, in the full model
 * (263 doses at 105 distinct critical times: cypionate days fall on gonadorelin days).
 */
export const BENCH_SCENARIO = {
  format: 'gonadostat-scenario/1',
  name: 'One year of weekly testosterone with gonadorelin and anastrozole twice weekly',
  model: 'male-hpg',
  days: 365,
  subject: { conditions: [] },
  regimens: [
    { agent: 'testosterone-cypionate', dose: 1, everyDays: 7, fromDay: 0 },
    { agent: 'gonadorelin', dose: 1, everyDays: 3.5, fromDay: 0 },
    { agent: 'anastrozole', dose: 1, everyDays: 3.5, fromDay: 0 },
  ],
  parameters: {},
  output: { everyHours: 6 },
};

/**
 * The somatotropic axis' reference year: daily ibutamoren (MK-677 25 mg) in an
 * older man, with weekly CJC-1295 from day 180 (365 + 27 doses), outputs every 6 h.
 */
export const GH_BENCH_SCENARIO = {
  format: 'gonadostat-scenario/1',
  name: 'One year of daily ibutamoren in an older man, weekly CJC-1295 added at six months',
  model: 'gh-igf1',
  days: 365,
  subject: { conditions: ['aging'] },
  regimens: [
    { agent: 'ibutamoren', dose: 1, everyDays: 1, fromDay: 0 },
    { agent: 'cjc-1295-dac', dose: 1, everyDays: 7, fromDay: 180 },
  ],
  parameters: {},
  output: { everyHours: 6 },
};

/** The female model's reference year: a natural cycle with a year of the combined pill from month three (13 packs, 21/7). */
export const FEMALE_BENCH_SCENARIO = {
  format: 'gonadostat-scenario/1',
  name: 'One year of the female cycle: natural for two months, then the pill, 21 days on and 7 off',
  model: 'female-hpg',
  days: 365,
  subject: { conditions: [] },
  regimens: Array.from({ length: 11 }, (_, k) => ({ agent: 'combined-oral-contraceptive', dose: 1, everyDays: 1, fromDay: 60 + 28 * k, untilDay: 81 + 28 * k })),
  parameters: {},
  output: { everyHours: 6 },
};
