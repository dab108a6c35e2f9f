/** Keys given twice in one JSON object (src/core/scenario/duplicate-keys.ts). */
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../../src/core/scenario/duplicate-keys';

describe('findDuplicateKeys', () => {
  it('finds nothing in JSON without duplicates, whatever the strings hold', () => {
    expect(findDuplicateKeys('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}], "d": "\\"a\\": 5, {"}').count).toBe(0);
    expect(findDuplicateKeys('[1, "x", {"a": [1, 2]}]').count).toBe(0);
  });

  it('names the object and the key, at any depth and inside lists', () => {
    const { listed, count } = findDuplicateKeys('{"days": 7, "regimens": [{"dose": 1}, {"dose": 1, "dose": 2}], "days": 70}');
    expect(count).toBe(2);
    expect(listed).toEqual([
      { path: ['regimens', 1], key: 'dose' },
      { path: [], key: 'days' },
    ]);
  });

  it('compares keys after unescaping ("\\u0064ays" is "days")', () => {
    expect(findDuplicateKeys('{"days": 7, "\\u0064ays": 8}').listed).toEqual([{ path: [], key: 'days' }]);
  });

  it('lists at most `limit` and counts the rest', () => {
    const text = `{${Array.from({ length: 50 }, () => '"a": 1').join(', ')}}`;
    const { listed, count } = findDuplicateKeys(text, 3);
    expect(listed).toHaveLength(3);
    expect(count).toBe(49);
  });
});
