/**
 * Finds the first JSON syntax error in a text and says where (line, column)
 * and what, in words a student can act on ("trailing comma before '}'",
 * "expected ',' or '}' … (missing comma?)"). JavaScript engines word and
 * place these errors differently, and V8 sometimes gives no position at all,
 * so the scenario reader does not rely on `JSON.parse`'s message.
 *
 * A strict recursive-descent scan of RFC 8259 JSON; it builds nothing and is
 * only run after `JSON.parse` has failed.
 */

/** Where and why a text is not JSON. Line and column count from 1 (column in UTF-16 code units). */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Nesting deeper than this is reported rather than followed (a scenario nests 4 levels). */
const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SIMPLE_ESCAPES = '"\\/bfnrt';
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Found {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new Found(at, message);
  };
  const found = (): string => (i >= text.length ? 'the end of the text' : `'${text.slice(i, i + 1)}'`);
  const skipWhitespace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };

  const scanString = (): void => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string: the closing " is missing', start);
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) fail('line break or control character inside a string (write \\n for a line break)');
      if (code === 0x5c) {
        const next = text.charAt(i + 1);
        if (SIMPLE_ESCAPES.includes(next) && next !== '') i += 2;
        else if (next === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else fail(`invalid escape '\\${next}' in a string`);
      } else {
        i++;
      }
    }
  };

  const scanNumber = (): void => {
    const start = i;
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null) fail(text.startsWith('-Infinity', i) ? 'NaN and Infinity are not allowed in JSON' : 'not a valid number');
    i += match?.[0].length ?? 0;
    if (/[0-9.eE+-]/.test(text.charAt(i))) fail('not a valid JSON number (no leading zeros; digits needed after "." and "e")', start);
  };

  const scanLiteral = (word: string): void => {
    if (!text.startsWith(word, i)) fail(`expected a value but found ${found()}`);
    i += word.length;
  };

  const scanContainer = (close: '}' | ']', depth: number): void => {
    i++; // opening bracket
    skipWhitespace();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text.charAt(i) === close) fail(`trailing comma before '${close}'`);
      if (close === '}') {
        if (text.charAt(i) !== '"') fail(`expected a field name in double quotes but found ${found()}`);
        scanString();
        skipWhitespace();
        if (text.charAt(i) !== ':') fail(`expected ':' after the field name but found ${found()}`);
        i++;
      }
      scanValue(depth + 1);
      skipWhitespace();
      const c = text.charAt(i);
      if (c === close) {
        i++;
        return;
      }
      if (c !== ',') fail(`expected ',' or '${close}' after a value but found ${found()}${c === '"' || c === '{' ? ' (missing comma?)' : ''}`);
      i++;
    }
  };

  const scanValue = (depth: number): void => {
    skipWhitespace();
    if (depth > MAX_DEPTH) fail('nested too deeply');
    const c = text.charAt(i);
    if (c === '{') scanContainer('}', depth);
    else if (c === '[') scanContainer(']', depth);
    else if (c === '"') scanString();
    else if (c === '-' || (c >= '0' && c <= '9')) scanNumber();
    else if (c === 't') scanLiteral('true');
    else if (c === 'f') scanLiteral('false');
    else if (c === 'n') scanLiteral('null');
    else if (text.startsWith('NaN', i) || text.startsWith('Infinity', i)) fail('NaN and Infinity are not allowed in JSON');
    else if (c === "'") fail('strings need double quotes ("), not single quotes');
    else fail(`expected a value (number, "string", true, false, null, {…} or […]) but found ${found()}`);
  };

  try {
    scanValue(0);
    skipWhitespace();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON document`);
    return null;
  } catch (error) {
    if (!(error instanceof Found)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), message: error.message };
  }
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
