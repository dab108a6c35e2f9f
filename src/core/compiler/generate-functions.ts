/**
 * The generated functions of one mode, as TypeScript text. Every function
 * reads flat arrays and allocates nothing:
 *   y  state (axis states at fixed indices, agent blocks at o[slot], −1 when absent)
 *   c  parameters then constants          u  factors, switch branches, inputs, exact anchors
 * Each function evaluates only the quantities it needs, in dependency order.
 */
import { differentiate } from './differentiate';
import { symbolsOf, type Expr } from './expression';
import { JsEmitter } from './emit-js';
import { defaultValues, type DefaultValueOf } from './default-values';
import type { IndexedAgent, IndexedMode, ModelIndex } from './model-index';

const SIGNATURE = 't: number, y: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array';

/** The locals of an emitted exact compartment's time since its anchor and its decay e^{−rate·τ}. */
interface ExactDecay {
  readonly tau: string;
  readonly decay: string;
}

/** Generates the mode's functions. */
export class ModeGenerator {
  private readonly cIndex: ReadonlyMap<string, number>;
  private readonly uIndex: ReadonlyMap<string, number>;
  private readonly yIndex: ReadonlyMap<string, number>;
  /** Default values of parameters and constants, which runtime powers specialize on. */
  private readonly defaults: DefaultValueOf;

  constructor(
    private readonly index: ModelIndex,
    private readonly mode: IndexedMode,
  ) {
    this.cIndex = new Map(index.constantsLayout.map((n, i) => [n, i]));
    this.uIndex = new Map(index.inputsLayout.map((n, i) => [n, i]));
    this.yIndex = new Map(mode.states.map((n, i) => [n, i]));
    this.defaults = defaultValues(index, mode);
  }

  /** Accessor for a symbol outside agent blocks (agent states are only read inside them). */
  private access = (name: string): string => {
    const kind = this.index.kinds.get(name);
    switch (kind) {
      case 'parameter':
      case 'constant':
        return `c[${this.cIndex.get(name)}]!`;
      case 'factor':
      case 'input':
        return `u[${this.uIndex.get(name)}]!`;
      case 'switch':
        return `u[${this.uIndex.get(name)}]! !== 0`;
      case 'state':
        return `y[${this.yIndex.get(name)}]!`;
      case 'signal':
        return name;
      case 'quantity':
        return `q_${name}`;
      case 'exact':
        return `x_${name}`;
      case 'time':
        return 't';
      default:
        throw new Error(`no access for ${name} (${String(kind)})`);
    }
  };

  private agentAccess(agent: IndexedAgent, block: string): (name: string) => string {
    return (name) => {
      const j = agent.states.indexOf(name);
      return j >= 0 ? `y[${block} + ${j}]!` : this.access(name);
    };
  }

  /** Quantities (transitively) read by `exprs`, in evaluation order. */
  private neededQuantities(exprs: readonly Expr[]): string[] {
    const need = new Set<string>();
    const visit = (e: Expr): void => {
      for (const s of symbolsOf(e)) {
        if (this.index.kinds.get(s) === 'quantity' && !need.has(s)) {
          need.add(s);
          visit(this.mode.quantities.get(s)!);
        }
      }
    };
    exprs.forEach(visit);
    return this.mode.order.filter((q) => need.has(q));
  }

  /** Signals read by the quantities and expressions. */
  private neededSignals(exprs: readonly Expr[], quantities: readonly string[]): string[] {
    const all = [...exprs, ...quantities.map((q) => this.mode.quantities.get(q)!)];
    const used = new Set<string>();
    for (const e of all) for (const s of symbolsOf(e)) if (this.index.kinds.get(s) === 'signal') used.add(s);
    return this.index.signals.filter((s) => used.has(s));
  }

  /** Emits signal sums and the quantities for `exprs`. */
  private prelude(em: JsEmitter, exprs: readonly Expr[]): void {
    const quantities = this.neededQuantities(exprs);
    const signals = this.neededSignals(exprs, quantities);
    if (signals.length > 0) {
      em.line(`let ${signals.map((s) => `${s} = 0`).join(', ')};`);
      for (const agent of this.index.agents) {
        const contributions = agent.signals.filter(([s]) => signals.includes(s));
        if (contributions.length === 0) continue;
        const block = `o${agent.slot}`;
        em.line(`const ${block} = o[${agent.slot}]!;`);
        em.line(`if (${block} >= 0) {`);
        const inner = new JsEmitter(this.agentAccess(agent, block), 'rhs', '    ', `_a${agent.slot}_`, this.defaults);
        const exact = new Set<string>();
        for (const [, e] of contributions) for (const s of symbolsOf(e)) if (this.index.kinds.get(s) === 'exact') exact.add(s);
        const decays = new Map<string, ExactDecay>();
        for (const x of exact) this.emitExact(inner, x, decays);
        for (const [s, e] of contributions) inner.line(`${s} += ${inner.emit(e)};`);
        em.lines.push(...inner.lines);
        em.line('}');
      }
    }
    for (const q of quantities) em.line(`const q_${q} = ${em.emit(this.mode.quantities.get(q)!)};`);
  }

  /**
   * x(t) of an exact compartment from its anchor: input/rate + (x₀ − input/rate)·e^{−rate·(t − t₀)};
   * a follower of s: s∞ + (s₀ − s∞)·rate/(rate − r_s)·(e^{−r_s·τ} − e^{−rate·τ}) + (x₀ − s∞)·e^{−rate·τ}.
   */
  private emitExact(em: JsEmitter, x: string, decays: Map<string, ExactDecay>): void {
    const followed = this.index.exactFollows.get(x);
    const rate = em.emit(this.index.exactRates.get(x)!);
    const input = `u[${this.uIndex.get(this.index.exactInput.get(x)!)}]!`;
    const anchor = `u[${this.uIndex.get(`${x}.value`)}]!`;
    const tau = em.temp(`t - u[${this.uIndex.get(`${x}.time`)}]!`);
    if (followed === undefined) {
      const steady = em.temp(`${input} / ${rate}`);
      const decay = em.temp(`Math.exp((-${rate}) * ${tau})`);
      decays.set(x, { tau, decay });
      em.line(`const x_${x} = ${steady} + (${anchor} - ${steady}) * ${decay};`);
      return;
    }
    const rs = em.emit(this.index.exactRates.get(followed)!);
    const s0 = `u[${this.uIndex.get(`${followed}.value`)}]!`;
    const steady = em.temp(`${input} / ${rs}`);
    // e^{−r_s·τ} is the leader's own decay when both were anchored at the same time, as every dose
    // anchors all compartments of its agent: the same exponential, not computed twice.
    const leader = decays.get(followed);
    const eS = em.temp(leader === undefined ? `Math.exp((-${rs}) * ${tau})` : `${tau} === ${leader.tau} ? ${leader.decay} : Math.exp((-${rs}) * ${tau})`);
    const eX = em.temp(`Math.exp((-${rate}) * ${tau})`);
    // rate = r_s is the limit rate·τ·e^{−rate·τ}.
    const lag = em.temp(`Math.abs(${rate} - ${rs}) > 1e-12 * ${rate} ? (${rate} / (${rate} - ${rs})) * (${eS} - ${eX}) : ${rate} * ${tau} * ${eX}`);
    em.line(`const x_${x} = ${steady} + (${s0} - ${steady}) * ${lag} + (${anchor} - ${steady}) * ${eX};`);
  }

  /** Switch functions g = a − b of each `a < b` / `a > b`, in declaration order. */
  private switchExprs(): Expr[] {
    return [...this.index.switches.values()].map((cmp): Expr => ({ k: 'bin', op: '-', a: cmp.a, b: cmp.b }));
  }

  /**
   * The right-hand side; with `withSwitches`, it also writes the switch functions into g. The
   * fused solver calls that one for the last stage of a step, which is evaluated at the point
   * where the step ends (FSAL), so the switch values come from quantities the right-hand side
   * computes anyway instead of a second call. Quantities are constants of the same expressions
   * as in the separate switch function, so the values are the same to the bit.
   */
  rhs(name: string, withSwitches = false): string {
    const em = new JsEmitter(this.access, 'rhs', '  ', '_t', this.defaults);
    const rows = this.mode.states.map((s) => this.mode.derivatives.get(s)!);
    const switches = withSwitches ? this.switchExprs() : [];
    this.prelude(em, [...rows, ...switches]);
    this.mode.states.forEach((s, i) => em.line(`dydt[${i}] = ${em.emit(rows[i]!)};`));
    for (const agent of this.index.agents) {
      if (agent.states.length === 0) continue;
      const block = `o${agent.slot}`;
      const declared = em.lines.some((l) => l.includes(`const ${block} = `));
      em.line(`${declared ? '' : `const ${block} = o[${agent.slot}]!;\n  `}if (${block} >= 0) {`);
      const inner = new JsEmitter(this.agentAccess(agent, block), 'rhs', '    ', `_d${agent.slot}_`, this.defaults);
      agent.states.forEach((s, j) => inner.line(`dydt[${block} + ${j}] = ${inner.emit(agent.derivatives.get(s)!)};`));
      em.lines.push(...inner.lines);
      em.line('}');
    }
    if (!withSwitches) return `/** Right-hand side (${this.mode.name}). */\nfunction ${name}(t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array): void {\n${em.lines.join('\n')}\n}\n`;
    switches.forEach((e, j) => em.line(`g[${j}] = ${em.emit(e)};`));
    return `/** Right-hand side (${this.mode.name}) and the switch functions into g. */\nfunction ${name}(t: number, y: Float64Array, dydt: Float64Array, c: Float64Array, u: Float64Array, o: Int32Array, g: Float64Array): void {\n${em.lines.join('\n')}\n}\n`;
  }

  /**
   * What the switch functions read of y: axis states by index, and the slots of agents whose
   * signals they read (all of such an agent's block). Root finding interpolates only these.
   */
  switchReads(): { states: number[]; agents: number[] } {
    const exprs = this.switchExprs();
    const quantities = this.neededQuantities(exprs);
    const all = [...exprs, ...quantities.map((q) => this.mode.quantities.get(q)!)];
    const states = new Set<number>();
    for (const e of all) for (const s of symbolsOf(e)) if (this.index.kinds.get(s) === 'state') states.add(this.yIndex.get(s)!);
    const signals = this.neededSignals(exprs, quantities);
    const agents = this.index.agents
      .filter((a) => a.states.length > 0 && a.signals.some(([s, e]) => signals.includes(s) && a.states.some((x) => symbolsOf(e).has(x))))
      .map((a) => a.slot);
    return { states: [...states].sort((a, b) => a - b), agents };
  }

  /** A function writing one value per expression into `out`. */
  values(name: string, doc: string, exprs: readonly Expr[]): string {
    const em = new JsEmitter(this.access, 'rhs', '  ', '_t', this.defaults);
    this.prelude(em, exprs);
    exprs.forEach((e, j) => em.line(`out[${j}] = ${em.emit(e)};`));
    const body = em.lines.join('\n');
    const unused = exprs.length === 0 ? '  void t; void y; void c; void u; void o; void out;\n' : '';
    return `/** ${doc} */\nfunction ${name}(${SIGNATURE}, out: Float64Array): void {\n${unused}${body}\n}\n`;
  }

  /** Switch functions g = a − b of each `a < b` / `a > b`. */
  switches(name: string): string {
    return this.values(name, `Switch functions (${this.mode.name}): a − b for each declared switch a < b or a > b.`, this.switchExprs());
  }

  /** The pulse event: every state it sets, from the state before the pulse. */
  pulse(name: string, set: ReadonlyArray<readonly [string, Expr]>): string {
    const em = new JsEmitter(this.access, 'rhs', '  ', '_t', this.defaults);
    this.prelude(em, set.map(([, e]) => e));
    const values = set.map(([, e]) => em.temp(em.emit(e)));
    set.forEach(([s], j) => em.line(`y[${this.yIndex.get(s)}] = ${values[j]};`));
    return `/** The explicit pulse, applied to y in place. */\nfunction ${name}(${SIGNATURE}): void {\n${em.lines.join('\n')}\n}\n`;
  }

  /**
   * The analytic Jacobian J[i·n + j] = ∂f_i/∂y_j by forward differentiation through
   * the quantities: leaves are the axis states and the agents' signals; each signal
   * then reaches the agent states through that agent's contribution.
   */
  jacobian(name: string): string {
    const em = new JsEmitter(this.access, 'rhs', '  ', '_j', this.defaults);
    const rows = this.mode.states.map((s) => this.mode.derivatives.get(s)!);
    this.prelude(em, rows);
    em.line('const n = y.length;');
    em.line('jac.fill(0);');
    const grads = new Map<string, Map<string, string>>(); // symbol → leaf → local holding d symbol / d leaf
    const leafOf = (s: string): string | null => {
      const kind = this.index.kinds.get(s);
      if (kind === 'state') return `y${this.yIndex.get(s)}`;
      if (kind === 'signal') return `s_${s}`;
      return null;
    };
    let counter = 0;
    const gradient = (expr: Expr, where: string): Map<string, string> => {
      const terms = new Map<string, string[]>();
      for (const s of symbolsOf(expr)) {
        const leaf = leafOf(s);
        const inner = leaf === null ? grads.get(s) : null;
        if (leaf === null && (inner === undefined || inner === null || inner.size === 0)) continue;
        const partial = differentiate(expr, s, where);
        if (partial.k === 'num' && partial.v === 0) continue;
        const p = em.temp(em.emit(partial));
        if (leaf !== null) (terms.get(leaf) ?? terms.set(leaf, []).get(leaf)!).push(p);
        else for (const [l, v] of inner!) (terms.get(l) ?? terms.set(l, []).get(l)!).push(`${p} * ${v}`);
      }
      const grad = new Map<string, string>();
      for (const [leaf, parts] of terms) {
        const v = `d${counter++}`;
        em.line(`const ${v} = ${parts.join(' + ')};`);
        grad.set(leaf, v);
      }
      return grad;
    };
    for (const q of this.neededQuantities(rows)) grads.set(q, gradient(this.mode.quantities.get(q)!, `${this.index.source.id}: Jacobian of ${q}`));
    const rowSignals: Array<Array<readonly [string, string]>> = [];
    this.mode.states.forEach((s, i) => {
      const grad = gradient(rows[i]!, `${this.index.source.id}: Jacobian of d${s}/dt`);
      const viaSignals: Array<readonly [string, string]> = [];
      for (const [leaf, v] of grad) {
        if (leaf.startsWith('y')) em.line(`jac[${i} * n + ${leaf.slice(1)}] = ${v};`);
        else viaSignals.push([leaf.slice(2), v]);
      }
      rowSignals.push(viaSignals);
    });
    for (const agent of this.index.agents) {
      const block = `o${agent.slot}`;
      const inner = new JsEmitter(this.agentAccess(agent, block), 'rhs', '    ', `_g${agent.slot}_`, this.defaults);
      for (const [signal, e] of agent.signals) {
        for (const x of agent.states) {
          if (!symbolsOf(e).has(x)) continue;
          const p = inner.temp(inner.emit(differentiate(e, x, `${this.index.source.id}: Jacobian of ${signal} (${agent.id})`)));
          rowSignals.forEach((pairs, i) => {
            for (const [s, v] of pairs) {
              if (s !== signal) continue;
              const at = `${i} * n + ${block} + ${agent.states.indexOf(x)}`;
              inner.line(`jac[${at}] = jac[${at}]! + ${v} * ${p};`);
            }
          });
        }
      }
      agent.states.forEach((s, i) => {
        const e = agent.derivatives.get(s)!;
        agent.states.forEach((x, j) => {
          if (!symbolsOf(e).has(x)) return;
          inner.line(`jac[(${block} + ${i}) * n + ${block} + ${j}] = ${inner.emit(differentiate(e, x, `${this.index.source.id}: Jacobian of d${s}/dt`))};`);
        });
      });
      if (inner.lines.length === 0) continue;
      em.line(`const ${block}j = o[${agent.slot}]!;`);
      em.line(`if (${block}j >= 0) {`);
      em.lines.push(...inner.lines.map((l) => l.replaceAll(`${block} +`, `${block}j +`)));
      em.line('}');
    }
    return `/** Analytic Jacobian (${this.mode.name}), row-major into jac (length n·n). */\nfunction ${name}(${SIGNATURE}, jac: Float64Array): void {\n${em.lines.join('\n')}\n}\n`;
  }
}
