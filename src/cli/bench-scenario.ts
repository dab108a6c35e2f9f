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
