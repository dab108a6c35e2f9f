/** The bounded problem list (src/core/scenario/issue-list.ts). */
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/core/scenario/issue-list';

describe('IssueList', () => {
  it('lists the first problems, counts all, and words only the listed ones', () => {
    const issues = new IssueList(2);
    let worded = 0;
    for (let i = 0; i < 1000; i++) {
      issues.add(['parameters', `p${i}`], () => {
        worded++;
        return `problem ${i}`;
      });
    }
    issues.countUnlisted(5);
    expect(issues.listed).toEqual([
      { path: 'parameters.p0', message: 'problem 0' },
      { path: 'parameters.p1', message: 'problem 1' },
    ]);
    expect(issues.count).toBe(1005);
    expect(issues.isFull).toBe(true);
    expect(worded).toBe(2);
  });
});
