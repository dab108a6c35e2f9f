/** JSON paths and one-line messages (src/core/scenario/issue.ts). */
import { describe, expect, it } from 'vitest';
import { formatIssue, formatPath, shorten, summarizeIssues } from '../../../src/core/scenario/issue';

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

describe('bounded messages (issue 13, case 2: a 10 MB key gave a 10 MB message)', () => {
  it('shortens long keys and long paths with an ellipsis', () => {
    const key = 'k'.repeat(10_000_000);
    const path = formatPath(['parameters', key]);
    expect(path.length).toBeLessThanOrEqual(80);
    expect(path).toMatch(/^parameters\["k+…"\]$/);
    expect(formatPath(Array.from({ length: 500 }, (_, i) => `segment${i}`)).length).toBeLessThanOrEqual(200);
  });

  it('keeps a formatted issue and a summary within 2,000 characters', () => {
    const issue = { path: 'description', message: 'x'.repeat(50_000) };
    expect(formatIssue(issue).length).toBe(2000);
    expect(formatIssue(issue).endsWith('…')).toBe(true);
    expect(summarizeIssues([issue, issue], 75_000).length).toBeLessThanOrEqual(2000);
  });

  it('counts problems beyond the listed ones in the summary', () => {
    expect(summarizeIssues([{ path: 'days', message: 'a' }], 75_000)).toBe('days: a (and 74999 more)');
  });

  it('never splits a surrogate pair when shortening', () => {
    expect(shorten('a😀😀', 3)).toBe('a…');
  });
});
