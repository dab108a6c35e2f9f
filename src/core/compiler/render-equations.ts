/**
 * The model's equations for people: LaTeX (mathjs `toTex`) for docs/model.md,
 * and plain text with the usual precedence (· for ×, − for minus) for the
 * researcher panel's compact view. Both are generated from the definition, so
 * neither can drift from the code.
 */
import { parse, type MathNode } from 'mathjs';
import type { Expr } from './expression';
import type { IndexedMode, ModelIndex } from './model-index';
import type { Formula } from '../model/model-source';
import type { EquationLine, EquationSection } from '../model/equation-view';

const PRECEDENCE: Readonly<Record<string, number>> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 };

/** Plain-text formula with the fewest parentheses that keep its meaning. */
export function plainText(e: Expr): string {
  const wrap = (child: Expr, min: number): string => {
    const p = child.k === 'bin' ? PRECEDENCE[child.op]! : child.k === 'neg' ? 3 : child.k === 'cond' || child.k === 'pw' ? 0 : 9;
    return p < min ? `(${plainText(child)})` : plainText(child);
  };
  switch (e.k) {
    case 'num':
      return String(e.v);
    case 'sym':
      return e.name;
    case 'neg':
      return `−${wrap(e.a, 3)}`;
    case 'bin': {
      const p = PRECEDENCE[e.op]!;
      if (e.op === '^') return `${wrap(e.a, 5)}^${wrap(e.b, 5)}`;
      const right = e.op === '-' || e.op === '/' ? p + 1 : p;
      const op = e.op === '*' ? '·' : e.op === '-' ? ' − ' : e.op === '+' ? ' + ' : '/';
      return `${wrap(e.a, p)}${op}${wrap(e.b, right)}`;
    }
    case 'cmp':
      return `${plainText(e.a)} ${e.op} ${plainText(e.b)}`;
    case 'cond':
      return `(${e.sw} ? ${plainText(e.a)} : ${plainText(e.b)})`;
    case 'pw':
      return `(${plainText(e.a)} ${e.op} ${plainText(e.b)} ? ${plainText(e.t)} : ${plainText(e.f)})`;
    case 'call':
      return `${e.fn}(${e.args.map(plainText).join(', ')})`;
  }
}

/** LaTeX of an expression's text (mathjs toTex; every name in roman type, pos(x) as [x]₊). */
export function latex(text: string): string {
  return parse(text).toTex({
    parenthesis: 'keep',
    handler: (node: MathNode, options: object): string | undefined => {
      if (node.type === 'SymbolNode') return `\\mathrm{${(node as unknown as { name: string }).name}}`;
      if (node.type === 'FunctionNode' && (node as unknown as { fn: { name: string } }).fn.name === 'pos') {
        return `\\left[${(node as unknown as { args: MathNode[] }).args[0]!.toTex(options)}\\right]_{+}`;
      }
      return undefined;
    },
  });
}

const meaningOf = (def: string | Formula | undefined): string => (typeof def === 'object' ? def.meaning : '');

/** The compact view of a mode: quantities, switches, derivatives (axis and agents). */
export function equationSections(index: ModelIndex, mode: IndexedMode): EquationSection[] {
  const { source } = index;
  const sections: EquationSection[] = [
    { title: 'Quantities', lines: mode.order.map((q) => ({ lhs: q, rhs: plainText(mode.quantities.get(q)!), meaning: meaningOf(source.quantities[q]) })) },
  ];
  if (index.switches.size > 0) {
    sections.push({ title: 'Switches (state events)', lines: [...index.switches].map(([name, cmp]) => ({ lhs: name, rhs: plainText(cmp), meaning: source.switches[name]!.meaning })) });
  }
  const stateLabel = (s: string): string => source.states[s]?.label ?? source.pulseMode?.states[s]?.label ?? '';
  sections.push({ title: 'States', lines: mode.states.map((s) => ({ lhs: `d${s}/dt`, rhs: plainText(mode.derivatives.get(s)!), meaning: stateLabel(s) })) });
  const agentLines: EquationLine[] = [];
  for (const agent of index.agents) {
    const src = source.agents[agent.id as keyof typeof source.agents]!;
    for (const s of agent.states) agentLines.push({ lhs: `d${s}/dt`, rhs: plainText(agent.derivatives.get(s)!), meaning: `${agent.id}: ${src.states![s]!.label}` });
    for (const x of agent.exact) agentLines.push({ lhs: x, rhs: `${index.exactInput.get(x)}/${plainText(index.exactRates.get(x)!)} + (${x}(t₀) − …)·e^(−${plainText(index.exactRates.get(x)!)}·(t − t₀))`, meaning: `${agent.id}: ${src.exact![x]!.label} (closed form between events)` });
    for (const [signal, e] of agent.signals) agentLines.push({ lhs: `${signal} +=`, rhs: plainText(e), meaning: `${agent.id} acts through ${signal}` });
  }
  if (agentLines.length > 0) sections.push({ title: 'Agents', lines: agentLines });
  return sections;
}
