/**
 * Prints an expression as content MathML for SBML (Level 3). Guards become
 * `piecewise`; a switch `s ? a : b` becomes piecewise(a, comparison, b) with the
 * switch's comparison inlined (an SBML tool chooses the branch from the state at
 * every evaluation, as the right-hand side of the hand-written models did).
 */
import type { Expr } from './expression';
import { mathmlNumber } from '../export/mathml-number';

const OP: Readonly<Record<string, string>> = { '+': 'plus', '-': 'minus', '*': 'times', '/': 'divide', '^': 'power' };

/** MathML of `e` (without the enclosing <math>); `switches` gives each switch's comparison. */
export function toMathml(e: Expr, switches: ReadonlyMap<string, Expr>, rename: (name: string) => string = (n) => n): string {
  const m = (x: Expr): string => toMathml(x, switches, rename);
  const apply = (op: string, ...args: string[]): string => `<apply><${op}/>${args.join('')}</apply>`;
  const piecewise = (a: string, cond: string, b: string): string => `<piecewise><piece>${a}${cond}</piece><otherwise>${b}</otherwise></piecewise>`;
  switch (e.k) {
    case 'num':
      return mathmlNumber(e.v);
    case 'sym':
      return e.name === 't' ? '<csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">time</csymbol>' : `<ci>${rename(e.name)}</ci>`;
    case 'neg':
      return apply('minus', m(e.a));
    case 'bin':
      return apply(OP[e.op]!, m(e.a), m(e.b));
    case 'cmp':
      return apply(e.op === '<' ? 'lt' : 'gt', m(e.a), m(e.b));
    case 'cond':
      return piecewise(m(e.a), m(switches.get(e.sw)!), m(e.b));
    case 'pw':
      return piecewise(m(e.t), apply(e.op === '<' ? 'lt' : 'gt', m(e.a), m(e.b)), m(e.f));
    case 'call': {
      const [a, b] = e.args.map(m) as [string, string | undefined];
      switch (e.fn) {
        case 'exp':
          return apply('exp', a);
        case 'log':
          return apply('ln', a);
        case 'sqrt':
          return apply('root', a);
        case 'abs':
          return apply('abs', a);
        case 'pos':
          return piecewise(a, apply('gt', a, '<cn>0</cn>'), '<cn>0</cn>');
        case 'min':
          return piecewise(a, apply('lt', a, b!), b!);
        case 'max':
          return piecewise(a, apply('gt', a, b!), b!);
      }
    }
  }
}
