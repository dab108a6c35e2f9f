/** The core's public API loads in Node without the DOM and exposes what the app and CLI use. */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';

describe('src/core public API', () => {
  it('runs a preset end to end through the public names only', () => {
    const preset = core.findPreset('trt-abrupt-stop')!;
    const parsed = core.parseScenarioText(core.serializeScenario(preset.scenario), core.getModel);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = core.simulate(parsed.scenario);
    const metrics = core.recoveryMetrics(result.scenario, result.days, result.series);
    expect(metrics.metrics.map((m) => m.output)).toEqual(['testosterone', 'lh', 'sperm']);
    expect(core.resultToCsv(result).split('\n')[0]).toBe('day,gnrh,lh,fsh,testosterone,estradiol,inhibinB,itt,leydig,sperm,ownTestosterone');
    expect(core.LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(core.GLOSSARY.length).toBeGreaterThan(20);
    expect(Object.keys(core.AGENT_INFO)).toHaveLength(core.AGENT_IDS.length);
  });

  it('runs the female model through the public names', () => {
    const run = core.simulateFemale({ days: 35 });
    expect(run.metrics.ovulations).toHaveLength(1);
    expect(core.FEMALE_OUTPUT_IDS).toContain('progesterone');
    expect(core.cycleMetricsTable(run.metrics)).toMatch(/^1 ovulation\./);
  });
});
