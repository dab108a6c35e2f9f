/**
 * Symbolic partial derivatives of expressions, for the analytic Jacobian.
 * mathjs's `derivative` does not know the format's guards and switches
 * (pos, min, max, `switch ? a : b`), so the rules are written here, with the
 * usual algebraic simplifications (x·0 = 0, x·1 = x, x + 0 = x) applied as the
 * tree is built. Guards differentiate piecewise: pos(x)' = [x > 0]·x'; a
 * switch keeps its current branch (the solver changes branch only at events).
 * A power x^y needs y free of the variable (exponents are constants here);
 * with y < 1 its derivative at x = 0 is taken as 0 rather than ∞.
 */
import { DefinitionError, symbolsOf, type Expr } from './expression';

const num = (v: number): Expr => ({ k: 'num', v });
const isNum = (e: Expr, v: number): boolean => e.k === 'num' && e.v === v;

/** a + b, folded. */
export function add(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (a.k === 'num' && b.k === 'num') return num(a.v + b.v);
  if (b.k === 'neg') return sub(a, b.a);
  return { k: 'bin', op: '+', a, b };
}

/** a − b, folded. */
export function sub(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return neg(b);
  if (a.k === 'num' && b.k === 'num') return num(a.v - b.v);
  return { k: 'bin', op: '-', a, b };
}

/** −a, folded. */
export function neg(a: Expr): Expr {
  if (a.k === 'num') return num(-a.v);
  if (a.k === 'neg') return a.a;
  return { k: 'neg', a };
}

/** a·b, folded. */
export function mul(a: Expr, b: Expr): Expr {
  if (isNum(a, 0) || isNum(b, 0)) return num(0);
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (isNum(a, -1)) return neg(b);
  if (isNum(b, -1)) return neg(a);
  if (a.k === 'num' && b.k === 'num') return num(a.v * b.v);
  return { k: 'bin', op: '*', a, b };
}

/** a / b, folded. */
export function div(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return num(0);
  if (isNum(b, 1)) return a;
  return { k: 'bin', op: '/', a, b };
}

/** a^b, folded. */
export function pow(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return num(1);
  if (isNum(b, 1)) return a;
  return { k: 'bin', op: '^', a, b };
}

/** ∂e/∂x, where `x` is a symbol name. `where` names the expression for errors. */
export function differentiate(e: Expr, x: string, where: string): Expr {
  const d = (f: Expr): Expr => differentiate(f, x, where);
  switch (e.k) {
    case 'num':
      return num(0);
    case 'sym':
      return num(e.name === x ? 1 : 0);
    case 'neg':
      return neg(d(e.a));
    case 'cmp':
      return num(0);
    case 'cond':
      return { k: 'cond', sw: e.sw, a: d(e.a), b: d(e.b) };
    case 'pw':
      return guard(e.op, e.a, e.b, d(e.t), d(e.f));
    case 'bin': {
      const da = d(e.a);
      const db = d(e.b);
      switch (e.op) {
        case '+':
          return add(da, db);
        case '-':
          return sub(da, db);
        case '*':
          return add(mul(da, e.b), mul(e.a, db));
        case '/':
          // (a/b)' = a'/b − a·b'/b²
          return sub(div(da, e.b), isNum(db, 0) ? num(0) : div(mul(e.a, db), mul(e.b, e.b)));
        case '^': {
          if (symbolsOf(e.b).has(x)) throw new DefinitionError(`${where}: cannot differentiate a power whose exponent depends on ${x}`);
          if (isNum(da, 0)) return num(0);
          const exponent = e.b.k === 'num' ? num(e.b.v - 1) : sub(e.b, num(1));
          const plain = mul(mul(e.b, pow(e.a, exponent)), da);
          if (e.b.k === 'num' && e.b.v >= 1) return plain;
          // An exponent below 1 makes a^(b−1) infinite at a = 0 (and 0·∞ = NaN): there the
          // derivative is taken as 0, its value from the left for a guarded base pos(x)^b.
          return guard('>', e.a, num(0), plain, guard('<', e.b, num(1), num(0), plain));
        }
      }
      break;
    }
    case 'call': {
      const [a, b] = e.args as [Expr, Expr | undefined];
      const da = d(a);
      switch (e.fn) {
        case 'exp':
          return mul(e, da);
        case 'log':
          return div(da, a);
        case 'sqrt':
          return div(da, mul(num(2), e));
        case 'abs':
          return guard('>', a, num(0), da, neg(da));
        case 'pos':
          return isNum(da, 0) ? num(0) : guard('>', a, num(0), da, num(0));
        case 'min':
          return guard('<', a, b!, da, d(b!));
        case 'max':
          return guard('>', a, b!, da, d(b!));
      }
    }
  }
  throw new DefinitionError(`${where}: cannot differentiate`);
}

/** `a op b ? ifTrue : ifFalse`, folded when both sides are 0. */
function guard(op: '<' | '>', a: Expr, b: Expr, ifTrue: Expr, ifFalse: Expr): Expr {
  if (isNum(ifTrue, 0) && isNum(ifFalse, 0)) return num(0);
  return { k: 'pw', op, a, b, t: ifTrue, f: ifFalse };
}
