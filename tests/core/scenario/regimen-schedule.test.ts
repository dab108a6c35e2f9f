/**
 * Day-to-hour schedule helpers (src/core/scenario/regimen-schedule.ts): bolus
 * times against hand-counted answers, untilDay exclusive and clipped to the
 * window, and the closed-form count agreeing with a plain loop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bolusCount,
  bolusIntervalHours,
  bolusTimesHours,
  conditionId,
  conditionOnsetDay,
  normalizeRegimen,
} from '../../../src/core/scenario/regimen-schedule';
import type { Regimen } from '../../../src/core/scenario/types';

const bolus = (fields: Partial<Regimen>): Regimen => ({ agent: 'testosterone-cypionate', dose: 1, mode: 'bolus', fromDay: 0, ...fields });

describe('normalizeRegimen', () => {
  it('converts days to hours and defaults untilDay to the end of the simulation', () => {
    expect(normalizeRegimen(bolus({ everyDays: 7, fromDay: 2 }), 30)).toEqual({ intervalHours: 168, fromHours: 48, untilHours: 720 });
  });

  it('clips untilDay to the end of the simulation', () => {
    expect(normalizeRegimen(bolus({ everyHours: 1.5, untilDay: 100 }), 10).untilHours).toBe(240);
  });

  it('gives a null interval for an infusion', () => {
    expect(normalizeRegimen({ agent: 'clomiphene', dose: 1, mode: 'infusion', fromDay: 1, untilDay: 3 }, 10)).toEqual({
      intervalHours: null,
      fromHours: 24,
      untilHours: 72,
    });
  });

  it('reads everyDays = 1/24 as exactly one hour', () => {
    expect(bolusIntervalHours(bolus({ everyDays: 1 / 24 }))).toBe(1);
  });

  it('throws for a bolus regimen without an interval (an unvalidated scenario)', () => {
    expect(() => bolusIntervalHours(bolus({}))).toThrow(/needs a positive interval/);
  });
});

describe('bolusTimesHours', () => {
  it('excludes untilDay: weekly until day 14 gives doses on days 0 and 7 only', () => {
    expect(bolusTimesHours(bolus({ everyDays: 7, untilDay: 14 }), 30)).toEqual([0, 168]);
  });

  it('runs to the end of the simulation, exclusive, when untilDay is omitted', () => {
    expect(bolusTimesHours(bolus({ everyDays: 7 }), 14)).toEqual([0, 168]);
    expect(bolusTimesHours(bolus({ everyDays: 7 }), 14.01)).toEqual([0, 168, 336]);
  });

  it('uses an interval in hours from fromDay: a 90-minute pump for six hours', () => {
    expect(bolusTimesHours(bolus({ agent: 'gonadorelin', everyHours: 1.5, fromDay: 1, untilDay: 1.25 }), 5)).toEqual([24, 25.5, 27, 28.5]);
  });

  it('clips a regimen that outlasts the simulation', () => {
    expect(bolusTimesHours(bolus({ everyDays: 7, untilDay: 100 }), 10)).toEqual([0, 168]);
  });

  it('gives nothing for an infusion, an empty window, or a start at the end', () => {
    expect(bolusTimesHours({ agent: 'clomiphene', dose: 1, mode: 'infusion', fromDay: 0 }, 10)).toEqual([]);
    expect(bolusTimesHours(bolus({ everyDays: 1, fromDay: 5, untilDay: 5 }), 10)).toEqual([]);
    expect(bolusTimesHours(bolus({ everyDays: 1, fromDay: 10 }), 10)).toEqual([]);
  });

  it('computes each time as from + k·interval, without accumulated drift', () => {
    const times = bolusTimesHours(bolus({ everyHours: 0.3, fromDay: 0.1 }), 365);
    // (8760 h − 2.4 h) / 0.3 h = 29192 doses.
    expect(times).toHaveLength(29192);
    expect(times[29191]).toBe(0.1 * 24 + 29191 * 0.3);
    expect(times.every((t) => t < 365 * 24)).toBe(true);
  });

  it('agrees with a plain loop for any schedule (property)', () => {
    const loopCount = (fromHours: number, untilHours: number, interval: number): number => {
      let n = 0;
      while (fromHours + n * interval < untilHours) n++;
      return n;
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0.25, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        (everyHours, fromDay, length, days) => {
          const regimen = bolus({ everyHours, fromDay, untilDay: fromDay + length });
          const { fromHours, untilHours } = normalizeRegimen(regimen, days);
          const expected = untilHours > fromHours ? loopCount(fromHours, untilHours, everyHours) : 0;
          expect(bolusCount(regimen, days)).toBe(expected);
          expect(bolusTimesHours(regimen, days)).toHaveLength(expected);
        },
      ),
    );
  });
});

describe('conditions', () => {
  it('gives day 0 for a bare id and fromDay for an onset entry', () => {
    expect(conditionOnsetDay('obesity')).toBe(0);
    expect(conditionOnsetDay({ id: 'orchiectomy', fromDay: 10 })).toBe(10);
    expect(conditionId('obesity')).toBe('obesity');
    expect(conditionId({ id: 'orchiectomy', fromDay: 10 })).toBe('orchiectomy');
  });
});
