/** Forbidden keys and nesting depth (src/core/scenario/value-guard.ts). */
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/core/scenario/issue-list';
import { guardJsonValue } from '../../../src/core/scenario/value-guard';

const check = (value: unknown): IssueList => {
  const issues = new IssueList();
  guardJsonValue(value, issues);
  return issues;
};

describe('guardJsonValue', () => {
  it('accepts ordinary values', () => {
    expect(check({ a: [1, { b: 'c' }], d: null }).count).toBe(0);
    expect(check(3).count).toBe(0);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s by name, wherever it is', (key) => {
    const issues = check(JSON.parse(`{"regimens": [{"${key}": {"x": 1}}]}`));
    expect(issues.listed).toEqual([{ path: `regimens[0].${key}`, message: expect.stringContaining(`'${key}' is not allowed`) }]);
  });

  it('reports nesting beyond the limit once, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 400_000; i++) deep = [deep];
    const issues = check({ regimens: deep });
    expect(issues.count).toBe(1);
    expect(issues.listed[0]?.message).toMatch(/nested more than 32 levels/);
  });
});
