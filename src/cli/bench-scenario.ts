/** The benchmark's reference scenario: one simulated year with weekly dosing. */
export const BENCH_SCENARIO = {
  format: 'gonadostat-scenario/1',
  name: 'Classic model: weekly testosterone for one year',
  model: 'smith-1980',
  days: 365,
  subject: { conditions: [] },
  regimens: [{ agent: 'testosterone-cypionate', dose: 1, everyDays: 7, fromDay: 0 }],
  parameters: {},
  output: { everyHours: 6 },
};
