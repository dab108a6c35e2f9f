/**
 * Expressions of a model definition: parsed by mathjs at build time into a
 * small tree that the compiler differentiates and prints (TypeScript, LaTeX,
 * plain text, MathML). Only what the format allows is accepted (see
 * src/core/model/model-source.ts); anything else is an error naming the
 * expression, so a typo fails the build rather than the browser.
 */
import { parse, type MathNode } from 'mathjs';

/** Functions an expression may call, with their number of arguments. */
export const FUNCTIONS = { exp: 1, log: 1, sqrt: 1, abs: 1, pos: 1, min: 2, max: 2 } as const;
export type FunctionName = keyof typeof FUNCTIONS;

/** The expression tree. `cond` selects on a declared switch; `cmp` appears only in a switch's `when`. */
export type Expr =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'sym'; readonly name: string }
  | { readonly k: 'neg'; readonly a: Expr }
  | { readonly k: 'bin'; readonly op: '+' | '-' | '*' | '/' | '^'; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] }
  | { readonly k: 'cond'; readonly sw: string; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'cmp'; readonly op: '<' | '>'; readonly a: Expr; readonly b: Expr }
  /** Piecewise `a op b ? t : f`, evaluated inline (derivatives of guards; never written by an author). */
  | { readonly k: 'pw'; readonly op: '<' | '>'; readonly a: Expr; readonly b: Expr; readonly t: Expr; readonly f: Expr };

/** A definition error: says which model, which symbol, which expression. */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';
}

const BINARY: Readonly<Record<string, '+' | '-' | '*' | '/' | '^'>> = { add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^' };

function convert(node: MathNode, where: string, allowCompare: boolean): Expr {
  const fail = (what: string): never => {
    throw new DefinitionError(`${where}: ${what}`);
  };
  switch (node.type) {
    case 'ParenthesisNode':
      return convert((node as unknown as { content: MathNode }).content, where, allowCompare);
    case 'ConstantNode': {
      const v = (node as unknown as { value: unknown }).value;
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(`only finite numbers are allowed, not ${String(v)}`);
      return { k: 'num', v: v as number };
    }
    case 'SymbolNode':
      return { k: 'sym', name: (node as unknown as { name: string }).name };
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; op: string; args: MathNode[]; implicit: boolean };
      if (op.implicit) fail(`write multiplication explicitly with * (implicit multiplication in '${node.toString()}')`);
      if (op.fn === 'unaryMinus') return { k: 'neg', a: convert(op.args[0]!, where, false) };
      if (op.fn === 'unaryPlus') return convert(op.args[0]!, where, false);
      const bin = BINARY[op.fn];
      if (bin !== undefined && op.args.length === 2) {
        return { k: 'bin', op: bin, a: convert(op.args[0]!, where, false), b: convert(op.args[1]!, where, false) };
      }
      if ((op.fn === 'smaller' || op.fn === 'larger') && allowCompare) {
        return { k: 'cmp', op: op.fn === 'smaller' ? '<' : '>', a: convert(op.args[0]!, where, false), b: convert(op.args[1]!, where, false) };
      }
      return fail(`operator '${op.op}' is not allowed here`);
    }
    case 'FunctionNode': {
      const fn = node as unknown as { fn: { name?: string }; args: MathNode[] };
      const name = fn.fn.name ?? '';
      if (!(name in FUNCTIONS)) fail(`unknown function '${name}' (allowed: ${Object.keys(FUNCTIONS).join(', ')})`);
      const arity = FUNCTIONS[name as FunctionName];
      if (fn.args.length !== arity) fail(`${name} takes ${arity} argument${arity > 1 ? 's' : ''}, got ${fn.args.length}`);
      return { k: 'call', fn: name as FunctionName, args: fn.args.map((a) => convert(a, where, false)) };
    }
    case 'ConditionalNode': {
      const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
      let cond = c.condition;
      while (cond.type === 'ParenthesisNode') cond = (cond as unknown as { content: MathNode }).content;
      if (cond.type !== 'SymbolNode') fail(`the condition of '?:' must name a declared switch, not '${cond.toString()}'`);
      return { k: 'cond', sw: (cond as unknown as { name: string }).name, a: convert(c.trueExpr, where, false), b: convert(c.falseExpr, where, false) };
    }
    default:
      return fail(`'${node.toString()}' is not allowed (${node.type})`);
  }
}

/** Parses `text`; `where` names the model and symbol for messages ("male-hpg: derivative of Dz"). */
export function parseExpression(text: string, where: string, options: { comparison?: boolean } = {}): Expr {
  let node: MathNode;
  try {
    node = parse(text);
  } catch (error) {
    throw new DefinitionError(`${where}: cannot parse '${text}': ${error instanceof Error ? error.message : String(error)}`);
  }
  const expr = convert(node, `${where} ('${text}')`, options.comparison === true);
  if (options.comparison === true && expr.k !== 'cmp') throw new DefinitionError(`${where} ('${text}'): a switch needs a comparison a < b or a > b`);
  return expr;
}

/** Symbols an expression reads (switch names of `cond` included), in first-use order. */
export function symbolsOf(e: Expr, into: Set<string> = new Set()): Set<string> {
  switch (e.k) {
    case 'num':
      return into;
    case 'sym':
      into.add(e.name);
      return into;
    case 'neg':
      return symbolsOf(e.a, into);
    case 'bin':
    case 'cmp':
      symbolsOf(e.a, into);
      return symbolsOf(e.b, into);
    case 'call':
      for (const a of e.args) symbolsOf(a, into);
      return into;
    case 'cond':
      into.add(e.sw);
      symbolsOf(e.a, into);
      return symbolsOf(e.b, into);
    case 'pw':
      for (const a of [e.a, e.b, e.t, e.f]) symbolsOf(a, into);
      return into;
  }
}

/** Replaces symbols by expressions (`map` returns undefined to keep one). */
export function substitute(e: Expr, map: (name: string) => Expr | undefined): Expr {
  switch (e.k) {
    case 'num':
      return e;
    case 'sym':
      return map(e.name) ?? e;
    case 'neg':
      return { k: 'neg', a: substitute(e.a, map) };
    case 'bin':
      return { k: 'bin', op: e.op, a: substitute(e.a, map), b: substitute(e.b, map) };
    case 'cmp':
      return { k: 'cmp', op: e.op, a: substitute(e.a, map), b: substitute(e.b, map) };
    case 'call':
      return { k: 'call', fn: e.fn, args: e.args.map((a) => substitute(a, map)) };
    case 'cond':
      return { k: 'cond', sw: e.sw, a: substitute(e.a, map), b: substitute(e.b, map) };
    case 'pw':
      return { k: 'pw', op: e.op, a: substitute(e.a, map), b: substitute(e.b, map), t: substitute(e.t, map), f: substitute(e.f, map) };
  }
}

/** A small integer exponent (0…16) that the generated code multiplies out exactly. */
export function smallIntegerExponent(e: Expr): number | null {
  return e.k === 'num' && Number.isInteger(e.v) && e.v >= 0 && e.v <= 16 ? e.v : null;
}
