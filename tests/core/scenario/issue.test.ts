/** JSON paths and one-line messages (src/core/scenario/issue.ts). */
import { describe, expect, it } from 'vitest';
import { formatIssue, formatPath, summarizeIssues } from '../../../src/core/scenario/issue';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['days'], 'days'],
    [['regimens', 0, 'dose'], 'regimens[0].dose'],
    [['subject', 'conditions', 1, 'fromDay'], 'subject.conditions[1].fromDay'],
    [['parameters', 'lhHalfLifeHours'], 'parameters.lhHalfLifeHours'],
    [['parameters', 'odd key'], 'parameters["odd key"]'],
  ] as [PropertyKey[], string][])('%j -> %s', (segments, path) => {
    expect(formatPath(segments)).toBe(path);
  });
});

describe('formatIssue and summarizeIssues', () => {
  it('puts the path first and shows the root as (root)', () => {
    expect(formatIssue({ path: 'regimens[0].dose', message: 'must be greater than 0 (got -1)' })).toBe('regimens[0].dose: must be greater than 0 (got -1)');
    expect(formatIssue({ path: '', message: 'expected an object, got null' })).toBe('(root): expected an object, got null');
  });

  it('summarizes several issues as the first plus a count', () => {
    const issues = [
      { path: 'days', message: 'a' },
      { path: 'name', message: 'b' },
      { path: 'model', message: 'c' },
    ];
    expect(summarizeIssues(issues)).toBe('days: a (and 2 more)');
    expect(summarizeIssues(issues.slice(0, 1))).toBe('days: a');
  });
});
