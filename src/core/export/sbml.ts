/**
 * SBML Level 3 Version 2 export of a scenario: the model with the scenario's
 * parameters and subject, its regimens, condition onsets and explicit pulses
 * as SBML events, so a researcher can run it in COPASI, Tellurium or
 * libRoadRunner. Assembled from the model's generated template (every formula
 * as MathML, ../model/<id>/generated/sbml.ts) and the scenario's problem:
 *
 *   parameters   the parameter record (constant), the constants (with their formula
 *                as an initial assignment where it has one), the subject's factors,
 *                the infusion inputs (changed by events)
 *   states       rate rules (axis states of the mode, the agents present; exact
 *                compartments as dx/dt = input − rate·x); initial values = the
 *                subject's starting state
 *   quantities   assignment rules; agents' signals sum the agents present
 *   outputs      out_<id> = max(0, raw / healthy-baseline value), as Gonadostat reports them
 *   events       time triggers for doses, infusion switches, condition onsets and pulses,
 *                with priorities that keep Gonadostat's order at equal times
 *
 * Declared switches are piecewise expressions of the state (the branch is
 * chosen at every evaluation). Time is in hours.
 */
import type { Scenario } from '../scenario/types';
import type { SbmlTemplateData } from './sbml-template';
import { compiledModelOf } from '../model/compiled-models';
import { buildCompiledProblem } from '../model/compiled-problem';
import { bolusTimesHours, conditionId, conditionOnsetDay, normalizeRegimen } from '../scenario/regimen-schedule';
import { mathmlNumber } from './mathml-number';
import { assertNever } from '../assert-never';
import { PULSE_HORMONE } from '../model/ids';
import { MALE_HPG_SBML } from '../model/male-hpg/generated/sbml';
import { SMITH_1980_SBML } from '../model/smith-1980/generated/sbml';
import { GH_IGF1_SBML } from '../model/gh-igf1/generated/sbml';
import { FEMALE_HPG_SBML } from '../model/female-hpg/generated/sbml';

const TEMPLATES: Readonly<Record<Scenario['model'], SbmlTemplateData>> = {
  'male-hpg': MALE_HPG_SBML, 'female-hpg': FEMALE_HPG_SBML, 'smith-1980': SMITH_1980_SBML, 'gh-igf1': GH_IGF1_SBML,
};

const MATH = '<math xmlns="http://www.w3.org/1998/Math/MathML">';
const TIME = '<csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">time</csymbol>';
const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sid = (text: string): string => text.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([^A-Za-z_])/, '_$1');

interface SbmlEvent {
  readonly time: number;
  readonly label: string;
  readonly assignments: ReadonlyArray<readonly [string, string]>;
}

/** The scenario as an SBML Level 3 Version 2 document. Throws like `simulate` for a subject without a steady state. */
export function scenarioToSbml(scenario: Scenario): string {
  const model = compiledModelOf(scenario.model);
  const template = TEMPLATES[scenario.model];
  const { layout, source } = model;
  const problem = buildCompiledProblem(model, scenario);
  const pulseMode = source.pulseMode;
  const pulsed = pulseMode !== undefined && scenario.options?.[pulseMode.option] === true && template.modes.pulsed !== null;
  const mode = pulsed ? template.modes.pulsed! : template.modes.averaged!;
  const { c, u, o } = problem;
  const cIndex = new Map(layout.constants.map((n, i) => [n, i]));
  const overridden = new Set(pulsed ? Object.keys(pulseMode.constants) : []);
  const present = layout.agents.map((a, slot) => ({ agent: a, slot, tpl: template.agents[slot]!, on: o[slot]! >= 0 }));

  const parameters: string[] = [];
  const initialAssignments: string[] = [];
  const rules: string[] = [];
  const param = (id: string, value: number, constant: boolean, name?: string): void => {
    parameters.push(`<parameter id="${id}"${name ? ` name="${escapeXml(name)}"` : ''} value="${value}" constant="${constant}"/>`);
  };

  source.parameters.forEach((p, i) => param(p.id, c[i]!, true, p.meaning));
  for (const [name, mathml] of template.constants) {
    param(name, c[cIndex.get(name)!]!, true);
    if (mathml !== null && !overridden.has(name)) initialAssignments.push(`<initialAssignment symbol="${name}">${MATH}${mathml}</math></initialAssignment>`);
  }
  layout.factors.forEach((f, i) => param(f, u[i]!, false, source.factors[f]!.meaning));
  // Every infusion input (0 until an infusion event; the model's own formulas may read one, as Smith's does).
  for (const agent of layout.agents) for (const slot of agent.inputs) param(layout.inputs[slot]!, 0, false);
  for (const { tpl, on } of present) if (on) for (const x of tpl.exact) param(x.name, 0, false);

  // States and their rate rules.
  problem.stateNames.forEach((name, i) => param(name, problem.y0[i]!, false));
  for (const [state, mathml] of mode.derivatives) rules.push(`<rateRule variable="${state}">${MATH}${mathml}</math></rateRule>`);
  for (const { tpl, on } of present) {
    if (!on) continue;
    for (const [state, mathml] of tpl.derivatives) rules.push(`<rateRule variable="${state}">${MATH}${mathml}</math></rateRule>`);
    for (const x of tpl.exact) rules.push(`<rateRule variable="${x.name}">${MATH}${x.derivative}</math></rateRule>`);
  }

  // Signals, quantities, outputs.
  for (const signal of Object.keys(source.signals)) {
    const terms = present.filter((p) => p.on).flatMap((p) => p.tpl.signals.filter(([s]) => s === signal).map(([, m]) => m));
    const sum = terms.length === 0 ? '<cn>0</cn>' : terms.length === 1 ? terms[0]! : `<apply><plus/>${terms.join('')}</apply>`;
    param(signal, 0, false, source.signals[signal]!.meaning);
    rules.push(`<assignmentRule variable="${signal}">${MATH}${sum}</math></assignmentRule>`);
  }
  for (const [q, mathml] of mode.quantities) {
    param(q, 0, false);
    rules.push(`<assignmentRule variable="${q}">${MATH}${mathml}</math></assignmentRule>`);
  }
  template.outputs.forEach(([id, mathml], j) => {
    const relative = `<apply><divide/>${mathml}${mathmlNumber(problem.healthyOutputs[j]!)}</apply>`;
    param(`out_${sid(id)}`, 0, false, `${source.outputs[j]!.label} relative to the healthy baseline`);
    rules.push(`<assignmentRule variable="out_${sid(id)}">${MATH}<piecewise><piece>${relative}<apply><gt/>${relative}<cn>0</cn></apply></piece><otherwise><cn>0</cn></otherwise></piecewise></math></assignmentRule>`);
  });

  // Events, in the order Gonadostat applies them at equal times.
  const events: SbmlEvent[] = [];
  // Day-0 conditions are already in the starting state of a steady-state or limit-cycle model.
  const steady = source.start !== 'initial';
  for (const entry of scenario.subject.conditions) {
    const onset = conditionOnsetDay(entry);
    if (onset === 0 && steady) continue;
    const id = conditionId(entry);
    events.push({ time: onset * 24, label: `condition ${id}`, assignments: template.conditions[id] ?? [] });
  }
  const table = new Float64Array(layout.agents.reduce((n, a) => n + a.bolus.length + a.inputs.length + 1, 0));
  model.doses(c, table);
  const offsets: number[] = [];
  layout.agents.reduce((at, a) => { offsets.push(at); return at + a.bolus.length + a.inputs.length + 1; }, 0);
  for (const regimen of scenario.regimens) {
    const slot = layout.agents.findIndex((a) => a.id === regimen.agent);
    const agent = layout.agents[slot]!;
    const at = offsets[slot]!;
    switch (regimen.mode) {
      case 'bolus': {
        const assignments = agent.bolus.map((target, j): readonly [string, string] => {
          const variable = target.kind === 'agent' ? agent.states[target.index]! : target.kind === 'axis' ? layout.states[target.index]! : layout.inputs[target.index]!.replace(/\.time$/, '');
          return [variable, `<apply><plus/><ci>${variable}</ci>${mathmlNumber(regimen.dose * table[at + j]!)}</apply>`];
        });
        for (const time of bolusTimesHours(regimen, scenario.days)) events.push({ time, label: `${regimen.agent} dose`, assignments });
        break;
      }
      case 'infusion': {
        const { fromHours, untilHours } = normalizeRegimen(regimen, scenario.days);
        if (untilHours <= fromHours) break;
        const change = (sign: number) => agent.inputs.map((slotIndex, j): readonly [string, string] => {
          const name = layout.inputs[slotIndex]!;
          const next = `<apply><plus/><ci>${name}</ci>${mathmlNumber(sign * regimen.dose * table[at + agent.bolus.length + j]!)}</apply>`;
          return [name, `<piecewise><piece>${next}<apply><gt/>${next}<cn>0</cn></apply></piece><otherwise><cn>0</cn></otherwise></piecewise>`];
        });
        events.push({ time: fromHours, label: `${regimen.agent} infusion starts`, assignments: change(1) });
        events.push({ time: untilHours, label: `${regimen.agent} infusion stops`, assignments: change(-1) });
        break;
      }
      default:
        assertNever(regimen.mode, 'regimen mode');
    }
  }
  if (pulsed) {
    const interval = model.pulsed!.pulseInterval(c);
    for (let n = 0; n * interval < scenario.days * 24; n++) events.push({ time: n * interval, label: `${PULSE_HORMONE[pulseMode!.option]} pulse`, assignments: template.pulse });
  }
  const eventXml = events
    .filter((e) => e.time <= scenario.days * 24 && e.assignments.length > 0)
    .map((e, k, all) =>
      `<event id="dose_event_${k}" name="${escapeXml(e.label)}" useValuesFromTriggerTime="false">` +
      `<trigger initialValue="false" persistent="true">${MATH}<apply><geq/>${TIME}${mathmlNumber(e.time)}</apply></math></trigger>` +
      `<priority>${MATH}${mathmlNumber(all.length - k)}</math></priority>` +
      `<listOfEventAssignments>${e.assignments.map(([v, m]) => `<eventAssignment variable="${v}">${MATH}${m}</math></eventAssignment>`).join('')}</listOfEventAssignments></event>`,
    );

  const id = sid(`gonadostat_${scenario.model}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">',
    `<model id="${id}" name="${escapeXml(`${source.name}: ${scenario.name}`)}">`,
    `<notes><body xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(`Exported by Gonadostat from scenario "${scenario.name}" (${scenario.days} days; time in hours). A teaching model, not a dosing tool. Outputs out_* are relative to the healthy baseline.`)}</p></body></notes>`,
    `<listOfParameters>${parameters.join('\n')}</listOfParameters>`,
    initialAssignments.length > 0 ? `<listOfInitialAssignments>${initialAssignments.join('\n')}</listOfInitialAssignments>` : '',
    `<listOfRules>${rules.join('\n')}</listOfRules>`,
    eventXml.length > 0 ? `<listOfEvents>${eventXml.join('\n')}</listOfEvents>` : '',
    '</model>',
    '</sbml>',
    '',
  ].filter((line) => line !== '').join('\n');
}
