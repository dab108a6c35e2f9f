/**
 * Prints an expression as JavaScript for the generated code. Every binary
 * operation is parenthesized, so the generated code performs the operations
 * of the written formula in the written order (and reproduces a hand-written
 * version bit for bit when that one does the same). Powers with a small
 * integer exponent are multiplied out by binary exponentiation into
 * temporaries (exact, and several times faster than Math.pow); other powers
 * call the runtime `power`, which does the same for integer exponents
 * that are only known at run time (one call per base and exponent in a
 * function: a Hill function x^n/(x^n + K^n) raises x once). Constants, computed once per run, use
 * Math.pow throughout.
 */
import { smallIntegerExponent, type Expr } from './expression';

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
        return this.runtimePower(base, this.emit(e.b));
      }
    }
  }

  /**
   * x^n for an exponent known at run time, in a temporary shared by every use of the same base and
   * exponent in this function (the same call on the same values, so the same number).
   */
  private runtimePower(base: string, exponent: string): string {
    const code = `power(${base}, ${exponent})`;
    let name = this.powers.get(code);
    if (name === undefined) {
      name = this.temp(code);
      this.powers.set(code, name);
    }
    return name;
  }

  /** x^n by binary exponentiation, the same products as the runtime `power`. */
  private integerPower(base: string, n: number): string {
    if (n === 0) return '1';
    let x = /^[A-Za-z_$][\w$]*$/.test(base) ? base : this.temp(base);
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
