// @vitest-environment happy-dom
/** The tornado chart draws one row per parameter with a swing, largest first, bars meeting at the base value. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { TornadoChart } from '../../../src/ui/research/TornadoChart';
import { tornadoScale, barSpan } from '../../../src/ui/research/tornado-geometry';
import type { SensitivityReport, SensitivityRow } from '../../../src/core/analysis/sensitivity';

afterEach(cleanup);

const row = (parameter: string, metricLow: number, metricHigh: number): SensitivityRow => ({
  parameter, unit: 'h', meaning: '', base: 1, low: 0.8, high: 1.2, clippedLow: false, clippedHigh: false,
  metricLow, metricHigh, censoredLow: false, censoredHigh: false, swing: Math.abs(metricHigh - metricLow), failure: null,
});

const report: SensitivityReport = {
  metric: 'testosterone.to90Days', fraction: 0.2, baseValue: 100, baseCensored: false, baseFailure: null, failedRuns: 0,
  rows: [row('big', 60, 150), row('small', 95, 104), row('none', 100, 100)],
};

describe('TornadoChart', () => {
  it('draws a row per parameter with a swing, in order, with an accessible name', () => {
    const { container } = render(<TornadoChart report={report} metricLabel="Testosterone: days to 90% recovery" unit="days" width={600} />);
    const rows = [...container.querySelectorAll('.tornado-row')].map((g) => g.getAttribute('data-parameter'));
    expect(rows).toEqual(['big', 'small']);
    expect(container.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(container.querySelector('title')!.textContent).toContain('days to 90% recovery');
    expect(container.querySelector('.tornado-axis-title')!.textContent).toBe('Testosterone: days to 90% recovery (days); base 100');
  });

  it('shows every parameter id in full: beside its bar when there is room, else above it', () => {
    const long = { ...report, rows: [row('estrogenFeedbackWeightHypothalamus', 60, 150), ...report.rows] };
    for (const width of [900, 360]) {
      const { container } = render(<TornadoChart report={long} metricLabel="m" unit="days" width={width} />);
      const labels = [...container.querySelectorAll('.tornado-label')];
      expect(labels.map((t) => t.textContent)).toEqual(['estrogenFeedbackWeightHypothalamus', 'big', 'small']);
      expect(labels[0]!.getAttribute('text-anchor')).toBe(width === 900 ? 'end' : 'start');
      cleanup();
    }
  });

  it('puts the low bar left of the base and the high bar right of it for an increasing effect', () => {
    const scale = tornadoScale(report.rows, 100, 200, 600);
    const low = barSpan(scale, 100, 60);
    const high = barSpan(scale, 100, 150);
    expect(low.x + low.width).toBeCloseTo(scale.x(100));
    expect(high.x).toBeCloseTo(scale.x(100));
    expect(high.width / low.width).toBeCloseTo(50 / 40);
    expect(barSpan(scale, 100, null).width).toBe(0);
  });
});
