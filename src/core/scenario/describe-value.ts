/**
 * Short, plain-English descriptions of values and limits for error messages:
 * `-1`, `'7'`, `a string ('7')`, `a list`, `0.0416667`.
 */

const MAX_QUOTED_LENGTH = 40;

/** A string in single quotes, shortened with '…' past 40 characters. */
export function quote(text: string): string {
  const short = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;
  return `'${short}'`;
}

/** A limit or parameter value for a message, with at most 6 significant digits (1/24 -> 0.0416667). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** A value as it appears after "got": `-1`, `'abc'`, `null`, `true`, `a list`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A value's JSON kind, for type errors: `a string ('7')`, `a number (3)`, `true`, `null`, `a list`, `NaN`. */
export function describeKind(value: unknown): string {
  if (typeof value === 'string') return `a string (${quote(value)})`;
  if (typeof value === 'number') return Number.isFinite(value) ? `a number (${value})` : String(value);
  return describeValue(value);
}

/** What a schema expected, from zod's type name: 'a number', 'true or false', 'a list'. */
export function describeExpected(expected: string): string {
  switch (expected) {
    case 'number':
    case 'int':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
      return 'an object';
    case 'array':
      return 'a list';
    default:
      return expected;
  }
}
