/**
 * The JSON syntax-error locator (src/core/scenario/json-syntax.ts): positions
 * and wording for common mistakes, and agreement with JSON.parse on what is
 * valid JSON at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/core/scenario/json-syntax';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, /trailing comma before '}'/],
    ['[1, 2,]', 1, 7, /trailing comma before '\]'/],
    ['{"a": 1\n "b": 2}', 2, 2, /expected ',' or '}' after a value but found '"' \(missing comma\?\)/],
    ['{a: 1}', 1, 2, /expected a field name in double quotes/],
    ['{"a" 1}', 1, 6, /expected ':' after the field name/],
    ['{"a": NaN}', 1, 7, /NaN and Infinity are not allowed/],
    ['{"a": -Infinity}', 1, 7, /NaN and Infinity are not allowed/],
    ['{"a": 01}', 1, 7, /not a valid JSON number/],
    ['{"a": 1.}', 1, 7, /not a valid JSON number/],
    ['{"a": "x\ny"}', 1, 9, /line break or control character inside a string/],
    ['{"a": "\\q"}', 1, 8, /invalid escape '\\q'/],
    ['{"a": "abc', 1, 7, /unterminated string/],
    ['{"a": tru}', 1, 7, /expected a value but found 't'/],
    ['{"a": 1} x', 1, 10, /unexpected 'x' after the end of the JSON document/],
    ['', 1, 1, /expected a value .* but found the end of the text/],
    ['{\r\n  "a": }', 2, 8, /expected a value/],
  ])('locates the error in %j', (text, line, column, message) => {
    const found = findJsonSyntaxError(text);
    expect(found).not.toBeNull();
    expect(found?.message).toMatch(message);
    expect([found?.line, found?.column]).toEqual([line, column]);
  });

  it('reports runaway nesting instead of overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))?.message).toBe('nested too deeply');
  });

  it('finds nothing in valid JSON (property)', () => {
    fc.assert(fc.property(fc.json(), (text) => findJsonSyntaxError(text) === null));
  });

  it('agrees with JSON.parse on arbitrary text (property)', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-truefalsn\\]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (findJsonSyntaxError(text) === null) === valid;
      }),
      { numRuns: 2000 },
    );
  });
});
