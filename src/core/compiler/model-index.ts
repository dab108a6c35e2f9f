/**
 * Reads a model definition into an index the generators share: every symbol
 * classified (parameter, constant, factor, switch, input, state, signal,
 * quantity …), every expression parsed, quantities sorted so each follows what
 * it reads. Checks as it goes: duplicate or unknown symbols, cycles among
 * quantities, constants that read later constants, states without a
 * derivative, switches declared but unused, empty units. Every message names
 * the model, the symbol and the expression.
 */
import type { ComputedConstant, ModelSource } from '../model/model-source';
import { DefinitionError, parseExpression, symbolsOf, type Expr } from './expression';

export type SymbolKind = 'parameter' | 'constant' | 'factor' | 'switch' | 'input' | 'exact' | 'state' | 'agentState' | 'signal' | 'quantity' | 'time';

/** One agent, indexed. */
export interface IndexedAgent {
  readonly id: string;
  /** Position among the model's agents (its entry in the offsets array `o`). */
  readonly slot: number;
  readonly states: readonly string[];
  readonly exact: readonly string[];
  readonly inputs: readonly string[];
  readonly derivatives: ReadonlyMap<string, Expr>;
  readonly bolus: ReadonlyArray<readonly [string, Expr]>;
  readonly signals: ReadonlyArray<readonly [string, Expr]>;
  readonly equivalentInfusionHours: Expr;
}

/** One mode (the averaged model, or the pulse mode with its replacements). */
export interface IndexedMode {
  readonly name: 'averaged' | 'pulsed';
  /** Axis states of this mode in state-vector order (the pulse mode's come after the base model's). */
  readonly states: readonly string[];
  readonly quantities: ReadonlyMap<string, Expr>;
  /** Quantities in evaluation order. */
  readonly order: readonly string[];
  readonly derivatives: ReadonlyMap<string, Expr>;
}

/** The whole model, indexed. */
export interface ModelIndex {
  readonly source: ModelSource;
  readonly kinds: ReadonlyMap<string, SymbolKind>;
  /** Layout of `c`: parameters, then constants (base, agents', the pulse mode's own). */
  readonly constantsLayout: readonly string[];
  readonly constantExprs: ReadonlyMap<string, Expr | ComputedConstant>;
  /** Constants the pulse mode replaces or adds, in its order. */
  readonly modeConstants: ReadonlyMap<string, Expr | ComputedConstant>;
  /** Layout of `u`: factors, switch branches, inputs, then two slots (anchor time, value) per exact compartment. */
  readonly inputsLayout: readonly string[];
  readonly factors: readonly string[];
  readonly switches: ReadonlyMap<string, Expr & { k: 'cmp' }>;
  readonly signals: readonly string[];
  readonly agents: readonly IndexedAgent[];
  /** Agent that owns each agent state, exact compartment and input. */
  readonly owner: ReadonlyMap<string, IndexedAgent>;
  readonly exactRates: ReadonlyMap<string, Expr>;
  readonly exactInput: ReadonlyMap<string, string>;
  /** Exact compartments that follow another (name → the followed compartment). */
  readonly exactFollows: ReadonlyMap<string, string>;
  readonly baseline: ReadonlyMap<string, Expr>;
  readonly initial: ReadonlyMap<string, Expr>;
  readonly outputs: ReadonlyArray<{ readonly id: string; readonly expr: Expr }>;
  readonly feedback: ReadonlyArray<{ readonly id: string; readonly expr: Expr }>;
  readonly drive: { readonly level: Expr; readonly unrestrained: Expr } | null;
  readonly conditions: ReadonlyArray<{ readonly id: string; readonly set: ReadonlyArray<readonly [string, Expr]> }>;
  readonly modes: { readonly averaged: IndexedMode; readonly pulsed: IndexedMode | null };
  readonly pulse: { readonly every: Expr; readonly set: ReadonlyArray<readonly [string, Expr]>; readonly initial: ReadonlyArray<readonly [string, Expr]> } | null;
}

const isComputed = (v: unknown): v is ComputedConstant => typeof v === 'object' && v !== null && 'compute' in v;

/** Indexes and checks `source`; throws DefinitionError on the first problem. */
export function indexModel(source: ModelSource): ModelIndex {
  const model = source.id;
  const kinds = new Map<string, SymbolKind>([['t', 'time']]);
  const declare = (name: string, kind: SymbolKind, where: string): void => {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new DefinitionError(`${model}: ${where} '${name}' is not a valid symbol name`);
    const old = kinds.get(name);
    if (old !== undefined) throw new DefinitionError(`${model}: ${where} '${name}' is already declared as a ${old}`);
    kinds.set(name, kind);
  };
  const parse = (text: string, where: string): Expr => parseExpression(text, `${model}: ${where}`);
  const requireKnown = (e: Expr, where: string, text: string, allowed: readonly SymbolKind[], extra?: (s: string) => boolean): void => {
    for (const s of symbolsOf(e)) {
      if (extra?.(s)) continue;
      const kind = kinds.get(s);
      if (kind === undefined) throw new DefinitionError(`${model}: ${where} ('${text}'): unknown symbol '${s}'`);
      if (!allowed.includes(kind)) throw new DefinitionError(`${model}: ${where} ('${text}'): '${s}' is a ${kind}, which cannot be used here`);
    }
  };

  // Parameters and constants (a constant reads parameters and constants declared before it).
  for (const p of source.parameters) {
    if (p.unit.trim() === '') throw new DefinitionError(`${model}: parameter '${p.id}' has no unit`);
    declare(p.id, 'parameter', 'parameter');
  }
  const constantExprs = new Map<string, Expr | ComputedConstant>();
  const addConstant = (name: string, def: string | ComputedConstant, where: string, redefine = false): void => {
    if (!redefine) declare(name, 'constant', where);
    if (isComputed(def)) {
      for (const dep of def.dependsOn) if (!kinds.has(dep)) throw new DefinitionError(`${model}: ${where} '${name}' depends on unknown '${dep}'`);
      constantExprs.set(name, def);
      return;
    }
    const e = parse(def, `${where} ${name}`);
    requireKnown(e, `${where} ${name}`, def, ['parameter', 'constant']);
    if (!redefine) constantExprs.set(name, e);
  };
  for (const [name, def] of Object.entries(source.constants)) addConstant(name, def, 'constant');
  for (const [id, agent] of Object.entries(source.agents)) {
    for (const [name, def] of Object.entries(agent?.constants ?? {})) addConstant(name, def, `agent ${id}: constant`);
  }
  const modeConstants = new Map<string, Expr | ComputedConstant>();
  const pm = source.pulseMode;
  if (pm) {
    for (const [name, def] of Object.entries(pm.constants)) {
      const isNew = !kinds.has(name);
      if (!isNew && kinds.get(name) !== 'constant') throw new DefinitionError(`${model}: pulse-mode constant '${name}' is a ${kinds.get(name)}`);
      if (isNew) declare(name, 'constant', 'pulse-mode constant');
      if (isComputed(def)) {
        modeConstants.set(name, def);
        if (isNew) constantExprs.set(name, def);
      } else {
        const e = parse(def, `pulse-mode constant ${name}`);
        requireKnown(e, `pulse-mode constant ${name}`, def, ['parameter', 'constant']);
        modeConstants.set(name, e);
        if (isNew) constantExprs.set(name, e);
      }
    }
  }

  // Subject, switches, signals, agents' inputs and states, axis states, quantities.
  const factors = Object.keys(source.factors);
  for (const f of factors) {
    declare(f, 'factor', 'factor');
    const knob = source.factors[f]!.subjectKnob;
    if (knob !== undefined && kinds.get(knob) !== 'parameter') throw new DefinitionError(`${model}: factor '${f}': subject knob '${knob}' is not a parameter`);
  }
  for (const s of Object.keys(source.switches)) declare(s, 'switch', 'switch');
  const signals = Object.keys(source.signals);
  for (const s of signals) {
    if (source.signals[s]!.unit.trim() === '') throw new DefinitionError(`${model}: signal '${s}' has no unit`);
    declare(s, 'signal', 'signal');
  }
  const agents: IndexedAgent[] = [];
  const owner = new Map<string, IndexedAgent>();
  const exactRates = new Map<string, Expr>();
  const exactInput = new Map<string, string>();
  const exactFollows = new Map<string, string>();
  const inputs: string[] = [];
  const exactNames: string[] = [];
  for (const [id, agent] of Object.entries(source.agents)) {
    if (!agent) continue;
    const indexed: Omit<IndexedAgent, 'derivatives'> & { derivatives: Map<string, Expr> } = {
      id, slot: agents.length, states: Object.keys(agent.states ?? {}), exact: Object.keys(agent.exact ?? {}),
      inputs: Object.keys(agent.inputs ?? {}), derivatives: new Map(), bolus: [], signals: [],
      equivalentInfusionHours: parse(agent.equivalentInfusionHours, `agent ${id}: equivalentInfusionHours`),
    };
    for (const s of indexed.states) {
      if (agent.states![s]!.unit.trim() === '') throw new DefinitionError(`${model}: agent ${id}: state '${s}' has no unit`);
      declare(s, 'agentState', `agent ${id}: state`);
      owner.set(s, indexed);
    }
    for (const s of indexed.inputs) {
      declare(s, 'input', `agent ${id}: input`);
      owner.set(s, indexed);
      inputs.push(s);
    }
    for (const s of indexed.exact) {
      declare(s, 'exact', `agent ${id}: exact compartment`);
      owner.set(s, indexed);
      exactNames.push(s);
    }
    agents.push(indexed);
  }
  const baseStates = Object.keys(source.states);
  for (const s of baseStates) {
    if (source.states[s]!.unit.trim() === '') throw new DefinitionError(`${model}: state '${s}' has no unit`);
    declare(s, 'state', 'state');
  }
  const modeStates = pm ? Object.keys(pm.states) : [];
  for (const s of modeStates) declare(s, 'state', 'pulse-mode state');
  for (const q of Object.keys(source.quantities)) declare(q, 'quantity', 'quantity');

  // Agents' expressions (now that every name is known).
  for (const agent of agents) {
    const src = source.agents[agent.id as keyof typeof source.agents]!;
    const own = (s: string): boolean => owner.get(s) === agent;
    const where = (what: string): string => `agent ${agent.id}: ${what}`;
    requireKnown(agent.equivalentInfusionHours, where('equivalentInfusionHours'), src.equivalentInfusionHours, ['parameter', 'constant']);
    for (const [name, ex] of Object.entries(src.exact ?? {})) {
      const rate = parse(ex.rate, where(`rate of ${name}`));
      requireKnown(rate, where(`rate of ${name}`), ex.rate, ['parameter', 'constant']);
      if (!agent.inputs.includes(ex.input)) throw new DefinitionError(`${model}: ${where(`exact compartment ${name}`)}: input '${ex.input}' is not one of this agent's inputs`);
      exactRates.set(name, rate);
      exactInput.set(name, ex.input);
      if (ex.follows !== undefined) {
        const followed = src.exact?.[ex.follows];
        if (followed === undefined) throw new DefinitionError(`${model}: ${where(`exact compartment ${name}`)}: it follows '${ex.follows}', which is not an exact compartment of this agent`);
        if (followed.follows !== undefined) throw new DefinitionError(`${model}: ${where(`exact compartment ${name}`)}: '${ex.follows}' follows another compartment itself; only one level is supported`);
        if (followed.input !== ex.input) throw new DefinitionError(`${model}: ${where(`exact compartment ${name}`)}: its input must be '${followed.input}', the input of '${ex.follows}'`);
        exactFollows.set(name, ex.follows);
      }
    }
    for (const [name, input] of Object.entries(src.inputs ?? {})) {
      const e = parse(input.perDose, where(`input ${name}`));
      requireKnown(e, where(`input ${name}`), input.perDose, ['parameter', 'constant']);
    }
    for (const s of agent.states) {
      const text = src.derivatives?.[s];
      if (text === undefined) throw new DefinitionError(`${model}: ${where(`state '${s}' has no derivative`)}`);
      const e = parse(text, where(`derivative of ${s}`));
      requireKnown(e, where(`derivative of ${s}`), text, ['parameter', 'constant', 'input', 'agentState'], (x) => kinds.get(x) === 'agentState' && !own(x));
      for (const x of symbolsOf(e)) if ((kinds.get(x) === 'agentState' || kinds.get(x) === 'input') && !own(x)) throw new DefinitionError(`${model}: ${where(`derivative of ${s}`)} ('${text}'): '${x}' belongs to another agent`);
      (agent.derivatives as Map<string, Expr>).set(s, e);
    }
    for (const s of Object.keys(src.derivatives ?? {})) if (!agent.states.includes(s)) throw new DefinitionError(`${model}: ${where(`derivative of '${s}', which is not one of its states`)}`);
    for (const [target, text] of Object.entries(src.bolus)) {
      const kind = kinds.get(target);
      if (!((kind === 'agentState' || kind === 'exact') && own(target)) && kind !== 'state') throw new DefinitionError(`${model}: ${where(`bolus into '${target}', which is not a state`)}`);
      const e = parse(text, where(`bolus into ${target}`));
      requireKnown(e, where(`bolus into ${target}`), text, ['parameter', 'constant']);
      (agent.bolus as Array<readonly [string, Expr]>).push([target, e]);
    }
    for (const [signal, text] of Object.entries(src.signals)) {
      if (kinds.get(signal) !== 'signal') throw new DefinitionError(`${model}: ${where(`adds to '${signal}', which is not a declared signal`)}`);
      const e = parse(text, where(`signal ${signal}`));
      requireKnown(e, where(`signal ${signal}`), text, ['parameter', 'constant', 'agentState', 'exact']);
      for (const x of symbolsOf(e)) if (owner.has(x) && !own(x)) throw new DefinitionError(`${model}: ${where(`signal ${signal}`)} ('${text}'): '${x}' belongs to another agent`);
      (agent.signals as Array<readonly [string, Expr]>).push([signal, e]);
    }
  }

  const switches = new Map<string, Expr & { k: 'cmp' }>();
  const modelKinds: SymbolKind[] = ['parameter', 'constant', 'factor', 'signal', 'state', 'quantity', 'switch', 'input', 'time'];
  for (const [name, sw] of Object.entries(source.switches)) {
    const e = parseExpression(sw.when, `${model}: switch ${name}`, { comparison: true }) as Expr & { k: 'cmp' };
    requireKnown(e, `switch ${name}`, sw.when, modelKinds.filter((k) => k !== 'switch'));
    switches.set(name, e);
  }

  const makeMode = (name: 'averaged' | 'pulsed'): IndexedMode => {
    const quantities = new Map<string, Expr>();
    const texts = new Map<string, string>();
    for (const [q, def] of Object.entries(source.quantities)) {
      const text = typeof def === 'string' ? def : def.expr;
      texts.set(q, text);
      quantities.set(q, parse(text, `quantity ${q}`));
    }
    const derivatives = new Map<string, Expr>();
    const derivTexts = new Map<string, string>(Object.entries(source.derivatives));
    if (name === 'pulsed' && pm) {
      for (const [q, text] of Object.entries(pm.quantities)) {
        if (!quantities.has(q)) throw new DefinitionError(`${model}: pulse mode replaces '${q}', which is not a quantity`);
        texts.set(q, text);
        quantities.set(q, parse(text, `pulse-mode quantity ${q}`));
      }
      for (const [s, text] of Object.entries(pm.derivatives)) derivTexts.set(s, text);
    }
    const states = name === 'pulsed' ? [...baseStates, ...modeStates] : baseStates;
    for (const [q, e] of quantities) requireKnown(e, `quantity ${q}`, texts.get(q)!, modelKinds);
    for (const s of states) {
      const text = derivTexts.get(s);
      if (text === undefined) throw new DefinitionError(`${model}: state '${s}' has no derivative${name === 'pulsed' ? ' in the pulse mode' : ''}`);
      const e = parse(text, `derivative of ${s}`);
      requireKnown(e, `derivative of ${s}`, text, modelKinds);
      derivatives.set(s, e);
    }
    for (const s of derivTexts.keys()) if (!states.includes(s)) throw new DefinitionError(`${model}: derivative of '${s}', which is not a state`);
    return { name, states, quantities, order: sortQuantities(model, quantities, texts), derivatives };
  };
  const averaged = makeMode('averaged');
  const pulsed = pm ? makeMode('pulsed') : null;

  const parseChecked = (text: string, where: string, allowed: readonly SymbolKind[], extra?: (s: string) => boolean): Expr => {
    const e = parse(text, where);
    requireKnown(e, where, text, allowed, extra);
    return e;
  };
  const baseline = new Map<string, Expr>();
  const initial = new Map<string, Expr>();
  const allStates = { ...source.states, ...(pm?.states ?? {}) };
  for (const [s, def] of Object.entries(allStates)) {
    baseline.set(s, parseChecked(def.baseline, `baseline of ${s}`, ['parameter', 'constant']));
    if (def.initial !== undefined) initial.set(s, parseChecked(def.initial, `initial value of ${s}`, ['parameter', 'constant']));
  }
  const outputIds = new Set<string>();
  const outputs = source.outputs.map((o) => {
    if (outputIds.has(o.id)) throw new DefinitionError(`${model}: output '${o.id}' is declared twice`);
    outputIds.add(o.id);
    return { id: o.id, expr: parseChecked(o.expr, `output ${o.id}`, modelKinds) };
  });
  const groups = new Set(Object.keys(source.feedback.groups));
  const feedback = source.feedback.terms.map((f) => {
    if (!groups.has(f.group)) throw new DefinitionError(`${model}: feedback term '${f.id}': unknown group '${f.group}'`);
    return { id: f.id, expr: parseChecked(f.term, `feedback term ${f.id}`, modelKinds) };
  });
  const driveSource = source.feedback.drive;
  const drive = driveSource
    ? { level: parseChecked(driveSource.level, 'feedback drive level', modelKinds), unrestrained: parseChecked(driveSource.unrestrained, 'feedback drive (unrestrained)', modelKinds) }
    : null;
  const conditions = Object.entries(source.conditions).map(([id, c]) => ({
    id,
    set: Object.entries(c!.set).map(([factor, text]): readonly [string, Expr] => {
      if (kinds.get(factor) !== 'factor') throw new DefinitionError(`${model}: condition ${id} sets '${factor}', which is not a factor`);
      return [factor, parseChecked(text, `condition ${id}: ${factor}`, ['parameter', 'constant', 'factor'])];
    }),
  }));

  let pulse: ModelIndex['pulse'] = null;
  if (pm) {
    const outputSymbol = (s: string): boolean => s.startsWith('out_') && outputIds.has(s.slice(4));
    pulse = {
      every: parseChecked(pm.pulse.every, 'pulse interval', ['parameter', 'constant']),
      set: Object.entries(pm.pulse.set).map(([s, text]): readonly [string, Expr] => {
        if (kinds.get(s) !== 'state') throw new DefinitionError(`${model}: the pulse sets '${s}', which is not a state`);
        return [s, parseChecked(text, `pulse: ${s}`, modelKinds)];
      }),
      initial: Object.entries(pm.initial).map(([s, text]): readonly [string, Expr] => {
        if (kinds.get(s) !== 'state') throw new DefinitionError(`${model}: pulse-mode initial value for '${s}', which is not a state`);
        return [s, parseChecked(text, `pulse-mode initial value of ${s}`, ['parameter', 'constant'], (x) => outputSymbol(x) || baseStates.includes(x))];
      }),
    };
  }

  // Every switch must select something, and every `?:` must name a declared switch.
  const used = new Set<string>();
  const everyExpr: Expr[] = [...averaged.quantities.values(), ...averaged.derivatives.values(), ...(pulsed ? [...pulsed.quantities.values(), ...pulsed.derivatives.values()] : [])];
  for (const e of everyExpr) collectSwitches(e, used, model, switches);
  for (const s of switches.keys()) if (!used.has(s)) throw new DefinitionError(`${model}: switch '${s}' is declared but no formula selects on it`);

  const constantsLayout = [...source.parameters.map((p) => p.id), ...constantExprs.keys()];
  const inputsLayout = [...factors, ...switches.keys(), ...inputs, ...exactNames.flatMap((x) => [`${x}.time`, `${x}.value`])];
  return {
    source, kinds, constantsLayout, constantExprs, modeConstants, inputsLayout, factors, switches, signals, agents, owner,
    exactRates, exactInput, exactFollows, baseline, initial, outputs, feedback, drive, conditions, modes: { averaged, pulsed }, pulse,
  };
}

function collectSwitches(e: Expr, used: Set<string>, model: string, switches: ReadonlyMap<string, unknown>): void {
  if (e.k === 'cond') {
    if (!switches.has(e.sw)) throw new DefinitionError(`${model}: '${e.sw} ? … : …' selects on '${e.sw}', which is not a declared switch`);
    used.add(e.sw);
  }
  for (const child of children(e)) collectSwitches(child, used, model, switches);
}

function children(e: Expr): readonly Expr[] {
  switch (e.k) {
    case 'num':
    case 'sym':
      return [];
    case 'neg':
      return [e.a];
    case 'bin':
    case 'cmp':
    case 'cond':
      return [e.a, e.b];
    case 'call':
      return e.args;
    case 'pw':
      return [e.a, e.b, e.t, e.f];
  }
}

/** Quantities in an order where each follows those it reads; a cycle is an error naming it. */
function sortQuantities(model: string, quantities: ReadonlyMap<string, Expr>, texts: ReadonlyMap<string, string>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (q: string, path: string[]): void => {
    const s = state.get(q);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...path.slice(path.indexOf(q)), q];
      throw new DefinitionError(`${model}: quantities form a cycle ${cycle.join(' → ')} (${q} = '${texts.get(q)}')`);
    }
    state.set(q, 'visiting');
    for (const dep of symbolsOf(quantities.get(q)!)) if (quantities.has(dep)) visit(dep, [...path, q]);
    state.set(q, 'done');
    order.push(q);
  };
  for (const q of quantities.keys()) visit(q, []);
  return order;
}
