/**
 * Prints an expression as JavaScript for the generated code. Every binary
 * operation is parenthesized, so the generated code performs the operations
 * of the written formula in the written order (and reproduces a hand-written
 * version bit for bit when that one does the same). Powers with a small
 * integer exponent are multiplied out by binary exponentiation into
 * temporaries (exact, and several times faster than Math.pow); other powers
 * call the runtime `power`, which does the same for integer exponents
 * that are only known at run time (one call per base and exponent in a
 * function: a Hill function x^n/(x^n + K^n) raises x once), and are also
 * multiplied out inline for the exponent's default value, taken when the
 * exponent has it at run time. Constants, computed once per run, use
 * Math.pow throughout.
 */
import { smallIntegerExponent, type Expr } from './expression';
import type { DefaultValueOf } from './default-values';

/** Where each symbol lives in the generated function (`c[3]`, `y[o0 + 1]`, a local name …). */
export type SymbolAccess = (name: string) => string;

/** Emits expressions into a function body, collecting the temporaries they need. */
export class JsEmitter {
  private temps = 0;
  readonly lines: string[] = [];
  /** Runtime `power` calls already emitted, by their text: a formula that raises the same base to the same power twice (a Hill function x^n/(x^n + K^n)) computes it once. */
  private readonly powers = new Map<string, string>();

  constructor(
    private readonly access: SymbolAccess,
    private readonly context: 'rhs' | 'constants',
    private readonly indent = '  ',
    private readonly prefix = '_t',
    /** Default values of exponents, to multiply out runtime powers for them (see `runtimePower`). */
    private readonly defaultOf: DefaultValueOf = () => null,
  ) {}

  /** Adds a statement line. */
  line(text: string): void {
    this.lines.push(this.indent + text);
  }

  /** A fresh local holding `code`. */
  temp(code: string): string {
    const name = `${this.prefix}${this.temps++}`;
    this.line(`const ${name} = ${code};`);
    return name;
  }

  /** The JavaScript for `e` (temporaries go to the body first). */
  emit(e: Expr): string {
    switch (e.k) {
      case 'num':
        return e.v < 0 ? `(${String(e.v)})` : String(e.v);
      case 'sym':
        return this.access(e.name);
      case 'neg':
        return `(-${this.emit(e.a)})`;
      case 'cmp':
        return `(${this.emit(e.a)} ${e.op} ${this.emit(e.b)})`;
      case 'cond':
        return `(${this.access(e.sw)} ? ${this.emit(e.a)} : ${this.emit(e.b)})`;
      case 'pw':
        return `(${this.emit(e.a)} ${e.op} ${this.emit(e.b)} ? ${this.emit(e.t)} : ${this.emit(e.f)})`;
      case 'call': {
        const args = e.args.map((a) => this.emit(a));
        switch (e.fn) {
          case 'log':
            return e.args[0]!.k === 'num' && e.args[0]!.v === 2 ? 'Math.LN2' : `Math.log(${args[0]})`;
          case 'pos':
            return `pos(${args[0]})`;
          default:
            return `Math.${e.fn}(${args.join(', ')})`;
        }
      }
      case 'bin': {
        if (e.op !== '^') return `(${this.emit(e.a)} ${e.op} ${this.emit(e.b)})`;
        const base = this.emit(e.a);
        if (this.context === 'constants') return `Math.pow(${base}, ${this.emit(e.b)})`;
        const n = smallIntegerExponent(e.b);
        if (n !== null) return this.integerPower(base, n);
        if (e.b.k === 'num' && e.b.v === 0.5) return `Math.sqrt(${base})`;
        if (e.b.k === 'num') return `Math.pow(${base}, ${String(e.b.v)})`;
        return this.runtimePower(base, e.b);
      }
    }
  }

  /**
   * x^n for an exponent known at run time, in a temporary shared by every use of the same base and
   * exponent in this function (the same call on the same values, so the same number).
   *
   * When the exponent has a default value (a Hill exponent from the parameter record), the power is
   * also multiplied out for that value, the very products and roots `power` would take, and the
   * code picks it when the exponent has that value at run time:
   *   const _t1 = x * x; const _t2 = _t1 * _t1; const _t3 = (c[98]! === 4.5 ? (_t2 * Math.sqrt(x)) : power(x, c[98]!));
   * The right-hand side then makes no call for it (a call passes and returns boxed numbers, and
   * the engine stops inlining `power` into a large function after a few sites); another value of
   * the exponent takes `power` as before. The same number either way.
   */
  private runtimePower(base: string, exponentExpr: Expr): string {
    const exponent = this.emit(exponentExpr);
    const code = `power(${base}, ${exponent})`;
    let name = this.powers.get(code);
    if (name !== undefined) return name;
    const n = this.defaultOf(exponentExpr);
    if (n === null) name = this.temp(code);
    else {
      const x = this.local(base);
      name = this.temp(`(${exponent} === ${numberLiteral(n)} ? ${this.powerFor(x, n, exponent)} : power(${x}, ${exponent}))`);
    }
    this.powers.set(code, name);
    return name;
  }

  /** x^n as the runtime `power` computes it for this n (its integer part's products go to temporaries). */
  private powerFor(x: string, n: number, exponent: string): string {
    const q = n * 4;
    if (!(q === (q | 0) && q >= 0 && q <= 64)) return `Math.pow(${x}, ${exponent})`;
    const whole = this.integerPower(x, q >> 2);
    const times = (factor: string): string => (whole === '1' ? factor : `(${whole} * ${factor})`);
    switch (q & 3) {
      case 0:
        return whole;
      case 1:
        return times(`Math.sqrt(Math.sqrt(${x}))`);
      case 2:
        return times(`Math.sqrt(${x})`);
      default: {
        // power: result · √x · ∜x, in that order.
        const root = this.temp(`Math.sqrt(${x})`);
        return `(${times(root)} * Math.sqrt(${root}))`;
      }
    }
  }

  /** `code` itself when it is a plain name, else a temporary holding it. */
  private local(code: string): string {
    return /^[A-Za-z_$][\w$]*$/.test(code) ? code : this.temp(code);
  }

  /** x^n by binary exponentiation, the same products as the runtime `power`. */
  private integerPower(base: string, n: number): string {
    if (n === 0) return '1';
    let x = this.local(base);
    let result: string | null = null;
    let e = n;
    while (e > 0) {
      if (e & 1) result = result === null ? x : this.temp(`${result} * ${x}`);
      e >>= 1;
      if (e > 0) x = this.temp(`${x} * ${x}`);
    }
    return result!;
  }
}

/** A number as a JavaScript literal that reads back as the same double (negative in parentheses). */
function numberLiteral(v: number): string {
  return v < 0 ? `(${String(v)})` : String(v);
}
