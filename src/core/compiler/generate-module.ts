/**
 * The generated TypeScript module of one model: its layout (where each symbol
 * lives in y, c, u and o), the per-run functions (constants, baseline,
 * conditions, doses) and, for each mode, the right-hand side, outputs,
 * switch functions, feedback terms and analytic Jacobian. The runtime
 * (src/core/model/compiled-problem.ts) turns it and a scenario into an ODE
 * problem; see src/core/model/compiled-model.ts for the contract.
 */
import { parseExpression, symbolsOf, type Expr } from './expression';
import { JsEmitter } from './emit-js';
import { ModeGenerator } from './generate-functions';
import type { IndexedMode, ModelIndex } from './model-index';

/** Where the model's source lives, for the generated file's imports. */
export interface ModuleOptions {
  /** Import path of the definition, from the generated file. */
  readonly sourceImport: string;
  /** Exported name of the ModelSource. */
  readonly sourceName: string;
  /** Exported name of the compiled model. */
  readonly exportName: string;
  /** Path prefix from the generated file to src/core/model/. */
  readonly modelDir: string;
}

/** The generated module's text. */
export function generateModule(index: ModelIndex, options: ModuleOptions): string {
  const cIndex = new Map(index.constantsLayout.map((n, i) => [n, i]));
  const uIndex = new Map(index.inputsLayout.map((n, i) => [n, i]));
  const constAccess = (name: string): string => {
    const i = cIndex.get(name);
    if (i !== undefined) return `c[${i}]!`;
    const j = uIndex.get(name);
    if (j !== undefined) return `u[${j}]!`;
    throw new Error(`no constant access for ${name}`);
  };
  const parts: string[] = [];
  const S = options.sourceName;

  // Constants: parameters are already in c[0 … P); the rest follow in declaration order.
  const constantsFn = (name: string, entries: Iterable<readonly [string, unknown]>, path: (n: string) => string): string => {
    const em = new JsEmitter(constAccess, 'constants');
    for (const [n, def] of entries) {
      if (typeof def === 'object' && def !== null && 'compute' in def) em.line(`c[${cIndex.get(n)}] = computed(${path(n)}, c, CONSTANT_NAMES);`);
      else em.line(`c[${cIndex.get(n)}] = ${em.emit(def as Expr)};`);
    }
    return `function ${name}(c: Float64Array): void {\n${em.lines.join('\n')}\n}\n`;
  };
  const agentOfConstant = new Map<string, string>();
  for (const [id, agent] of Object.entries(index.source.agents)) for (const n of Object.keys(agent?.constants ?? {})) agentOfConstant.set(n, id);
  const modeOnly = new Set([...index.modeConstants.keys()].filter((n) => !(n in index.source.constants) && !agentOfConstant.has(n)));
  parts.push(`/** Derived constants from the parameters in c (base model). */\n${constantsFn(
    'constants',
    [...index.constantExprs].filter(([n]) => !modeOnly.has(n)),
    (n) => (agentOfConstant.has(n) ? `${S}.agents['${agentOfConstant.get(n)}']!.constants!['${n}']` : `${S}.constants['${n}']`),
  )}`);
  if (index.modes.pulsed) {
    parts.push(`/** Constants the pulse mode adds or replaces (after \`constants\`). */\n${constantsFn('pulseConstants', index.modeConstants, (n) => `${S}.pulseMode!.constants['${n}']`)}`);
  }

  // Baseline and initial values of the axis states (every mode's states).
  const allStates = index.modes.pulsed?.states ?? index.modes.averaged.states;
  const valuesFn = (name: string, doc: string, pick: (s: string) => Expr | undefined): string => {
    const em = new JsEmitter(constAccess, 'constants');
    allStates.forEach((s, i) => {
      const e = pick(s);
      if (e !== undefined) em.line(`y[${i}] = ${em.emit(e)};`);
    });
    return `/** ${doc} */\nfunction ${name}(c: Float64Array, y: Float64Array): void {\n${em.lines.join('\n')}\n}\n`;
  };
  parts.push(valuesFn('baseline', 'Healthy baseline of every axis state (the steady-state search starts here).', (s) => index.baseline.get(s)));
  parts.push(valuesFn('initial', 'Initial values that differ from the baseline.', (s) => index.initial.get(s)));

  // Conditions and the subject.
  {
    const em = new JsEmitter(constAccess, 'constants', '      ');
    const cases = index.conditions.map((cond) => {
      em.lines.length = 0;
      for (const [f, e] of cond.set) em.line(`u[${uIndex.get(f)}] = ${em.emit(e)};`);
      return `    case '${cond.id}':\n${em.lines.join('\n')}\n      return;`;
    });
    parts.push(`/** Applies one condition to the factors in u. */\nfunction applyCondition(id: string, c: Float64Array, u: Float64Array): void {\n  switch (id) {\n${cases.join('\n')}\n    default:\n      throw new Error(\`condition \${id} is not part of this model\`);\n  }\n}\n`);
    parts.push(`/** Factors of the healthy man (all 1). */\nfunction healthyFactors(u: Float64Array): void {\n${index.factors.map((f) => `  u[${uIndex.get(f)}] = 1;`).join('\n')}\n}\n`);
    parts.push(`/** Factors of the scenario's subject before conditions (subject knobs from the parameters). */\nfunction subjectFactors(c: Float64Array, u: Float64Array): void {\n${index.factors
      .map((f) => {
        const knob = index.source.factors[f]!.subjectKnob;
        return `  u[${uIndex.get(f)}] = ${knob === undefined ? '1' : `c[${cIndex.get(knob)}]!`};`;
      })
      .join('\n')}\n}\n`);
  }

  // Doses: per agent, bolus amounts (per dose 1), infusion rates (per dose 1) and equivalent hours.
  {
    const em = new JsEmitter(constAccess, 'constants');
    let k = 0;
    for (const agent of index.agents) {
      for (const [, e] of agent.bolus) em.line(`out[${k++}] = ${em.emit(e)};`);
      for (const input of agent.inputs) {
        const def = index.source.agents[agent.id as keyof typeof index.source.agents]!.inputs![input]!;
        em.line(`out[${k++}] = ${em.emit(parseInput(index, agent.id, input, def.perDose))};`);
      }
      em.line(`out[${k++}] = ${em.emit(agent.equivalentInfusionHours)};`);
    }
    parts.push(`/** Dose table: for each agent, its bolus amounts, infusion rates per dose 1, and equivalent infusion hours. */\nfunction doses(c: Float64Array, out: Float64Array): void {\n${em.lines.join('\n')}\n}\n`);
  }

  const modeParts = (mode: IndexedMode, suffix: string): string[] => {
    const gen = new ModeGenerator(index, mode);
    const out: string[] = [];
    out.push(gen.rhs(`rhs${suffix}`));
    if (index.switches.size > 0) out.push(gen.rhs(`rhsSwitches${suffix}`, true));
    out.push(gen.values(`outputs${suffix}`, `Raw outputs (${mode.name}), in column order, before normalization to the healthy baseline.`, index.outputs.map((o) => o.expr)));
    out.push(gen.switches(`switches${suffix}`));
    const feedbackExprs = [...index.feedback.map((f) => f.expr), ...(index.drive ? [index.drive.level, index.drive.unrestrained] : [])];
    out.push(gen.values(`feedback${suffix}`, `Feedback terms (${mode.name}) in declaration order, then the drive's level and unrestrained level.`, feedbackExprs));
    out.push(gen.jacobian(`jacobian${suffix}`));
    if (mode.name === 'pulsed' && index.pulse) out.push(gen.pulse('pulse', index.pulse.set));
    return out;
  };
  parts.push(...modeParts(index.modes.averaged, 'Averaged'));
  if (index.modes.pulsed) parts.push(...modeParts(index.modes.pulsed, 'Pulsed'));

  // Pulse interval and the pulse mode's initial values (from the averaged model's raw outputs at the start).
  if (index.pulse) {
    const outIndex = new Map(index.outputs.map((o, j) => [`out_${o.id}`, j]));
    const yIndex = new Map(index.modes.pulsed!.states.map((s, i) => [s, i]));
    // Base states hold the averaged model's start when this runs; they are read before any is set.
    const baseStates = new Set(index.modes.averaged.states);
    const em = new JsEmitter((n) => (outIndex.has(n) ? `out[${outIndex.get(n)}]!` : baseStates.has(n) ? `start${yIndex.get(n)}` : constAccess(n)), 'constants');
    const read = new Set<string>();
    for (const [, e] of index.pulse.initial) symbolsOf(e, read);
    for (const n of [...baseStates].filter((b) => read.has(b))) em.line(`const start${yIndex.get(n)} = y[${yIndex.get(n)}]!;`);
    for (const [s, e] of index.pulse.initial) em.line(`y[${yIndex.get(s)}] = ${em.emit(e)};`);
    parts.push(`/** The pulse mode's starting values, from its constants and the averaged model's raw outputs and states at the start. */\nfunction pulseInitial(c: Float64Array, out: Float64Array, y: Float64Array): void {\n${em.lines.join('\n')}\n}\n`);
    const ev = new JsEmitter(constAccess, 'constants');
    parts.push(`/** Hours between pulses. */\nfunction pulseInterval(c: Float64Array): number {\n  return ${ev.emit(index.pulse.every)};\n}\n`);
  }

  const layout = {
    constants: index.constantsLayout,
    parameterAgents: parameterAgents(index),
    parameterCount: index.source.parameters.length,
    inputs: index.inputsLayout,
    factors: index.factors,
    switches: [...index.switches].map(([name, cmp]) => ({ name, when: cmp.op })),
    states: index.modes.averaged.states,
    pulseStates: index.modes.pulsed ? index.modes.pulsed.states.slice(index.modes.averaged.states.length) : [],
    agents: index.agents.map((a) => ({
      id: a.id,
      states: a.states,
      bolus: a.bolus.map(([target]) => {
        if (a.states.includes(target)) return { kind: 'agent', index: a.states.indexOf(target) };
        if (a.exact.includes(target)) return { kind: 'exact', index: index.inputsLayout.indexOf(`${target}.time`) };
        return { kind: 'axis', index: index.modes.averaged.states.indexOf(target) };
      }),
      inputs: a.inputs.map((i) => index.inputsLayout.indexOf(i)),
      exact: a.exact.map((x) => ({
        time: index.inputsLayout.indexOf(`${x}.time`),
        input: index.inputsLayout.indexOf(index.exactInput.get(x)!),
        rate: exactRateIndex(index, x),
        follows: index.exactFollows.has(x) ? a.exact.indexOf(index.exactFollows.get(x)!) : -1,
      })),
    })),
    outputs: index.outputs.map((o) => o.id),
    feedback: index.feedback.map((f) => f.id),
  };
  const mode = (suffix: string, m: IndexedMode): string => {
    const withSwitches = index.switches.size > 0;
    const { states, agents } = new ModeGenerator(index, m).switchReads();
    const reads = `{ states: [${states.join(', ')}], agents: [${agents.join(', ')}] }`;
    return `{ rhs: rhs${suffix}, rhsSwitches: ${withSwitches ? `rhsSwitches${suffix}` : 'null'}, outputs: outputs${suffix}, switches: switches${suffix}, switchReads: ${reads}, feedback: feedback${suffix}, jacobian: jacobian${suffix} }`;
  };
  return [
    `// Generated by \`npm run models\` (scripts/compile-models.ts) from ${options.sourceImport.replace(/^\.\.\//, `src/core/model/${index.source.id}/`)}.`,
    '// Do not edit: change the definition and regenerate. A test fails while this file is stale.',
    '/* eslint-disable */',
    `import type { CompiledModel } from '${options.modelDir}compiled-model';`,
    `import { computed, pos, power } from '${options.modelDir}runtime-math';`,
    `import { ${S} } from '${options.sourceImport}';`,
    '',
    'void pos; void power;',
    '',
    `const CONSTANT_NAMES: readonly string[] = ${JSON.stringify(index.constantsLayout)};`,
    '',
    ...parts,
    `/** The compiled ${index.source.id} model. */`,
    `export const ${options.exportName}: CompiledModel = {`,
    `  source: ${S},`,
    `  layout: { constants: CONSTANT_NAMES, ${JSON.stringify({ ...layout, constants: undefined }).slice(1)},`,
    '  constants,',
    `  pulseConstants: ${index.modes.pulsed ? 'pulseConstants' : 'null'},`,
    '  baseline,',
    '  initial,',
    '  applyCondition,',
    '  healthyFactors,',
    '  subjectFactors,',
    '  doses,',
    `  averaged: ${mode('Averaged', index.modes.averaged)},`,
    `  pulsed: ${index.modes.pulsed ? `{ ...${mode('Pulsed', index.modes.pulsed)}, pulse, pulseInitial, pulseInterval }` : 'null'},`,
    '};',
    '',
  ].join('\n');
}

function parseInput(index: ModelIndex, agent: string, input: string, text: string): Expr {
  // Checked by indexModel already; parsed again here for printing.
  return parseExpression(text, `${index.source.id}: agent ${agent}: input ${input}`);
}

/**
 * Parameters that only agents read (directly or through constants), with the agents that read
 * each: a sweep need not vary them when none of those agents is given.
 */
function parameterAgents(index: ModelIndex): Record<string, string[]> {
  const expand = (symbols: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const stack = [...symbols];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const def = index.constantExprs.get(s);
      if (def === undefined) continue;
      if (typeof def === 'object' && 'compute' in def) stack.push(...def.dependsOn);
      else stack.push(...symbolsOf(def as Expr));
    }
    return seen;
  };
  const axisExprs: Expr[] = [];
  for (const mode of [index.modes.averaged, index.modes.pulsed]) if (mode) axisExprs.push(...mode.quantities.values(), ...mode.derivatives.values());
  axisExprs.push(...index.switches.values(), ...index.baseline.values(), ...index.initial.values(), ...index.outputs.map((o) => o.expr), ...index.feedback.map((f) => f.expr));
  for (const c of index.conditions) axisExprs.push(...c.set.map(([, e]) => e));
  if (index.pulse) axisExprs.push(index.pulse.every, ...index.pulse.set.map(([, e]) => e), ...index.pulse.initial.map(([, e]) => e));
  if (index.drive) axisExprs.push(index.drive.level, index.drive.unrestrained);
  for (const [name, def] of index.modeConstants) axisExprs.push({ k: 'sym', name }, ...(typeof def === 'object' && 'compute' in def ? def.dependsOn.map((d): Expr => ({ k: 'sym', name: d })) : [def as Expr]));
  const axis = expand(axisExprs.flatMap((e) => [...symbolsOf(e)]));
  for (const f of index.factors) {
    const knob = index.source.factors[f]!.subjectKnob;
    if (knob !== undefined) axis.add(knob);
  }
  const out: Record<string, string[]> = {};
  for (const agent of index.agents) {
    const src = index.source.agents[agent.id as keyof typeof index.source.agents]!;
    const exprs: Expr[] = [agent.equivalentInfusionHours, ...agent.derivatives.values(), ...agent.bolus.map(([, e]) => e), ...agent.signals.map(([, e]) => e)];
    for (const x of agent.exact) exprs.push(index.exactRates.get(x)!);
    for (const input of Object.values(src.inputs ?? {})) exprs.push(parseExpression(input.perDose, `${index.source.id}: agent ${agent.id}`));
    for (const s of expand(exprs.flatMap((e) => [...symbolsOf(e)]))) {
      if (index.kinds.get(s) !== 'parameter' || axis.has(s)) continue;
      (out[s] ??= []).push(agent.id);
    }
  }
  return out;
}

/** Index in c of an exact compartment's rate, which must be a single constant or parameter. */
function exactRateIndex(index: ModelIndex, x: string): number {
  const rate = index.exactRates.get(x)!;
  if (rate.k !== 'sym') throw new Error(`${index.source.id}: the rate of exact compartment ${x} must name a constant`);
  return index.constantsLayout.indexOf(rate.name);
}
