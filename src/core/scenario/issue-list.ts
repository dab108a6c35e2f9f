/**
 * Collects the problems of one scenario up to the reporting limit
 * (SCENARIO_LIMITS.maxReportedIssues) and only counts the rest. A message may
 * be given as a function, so costly wording (a "did you mean" search over the
 * model's parameters) is done only for problems that are listed: a file with
 * 75,000 unknown keys costs 20 searches, not 75,000.
 */
import { formatPath, type ScenarioIssue } from './issue';
import { SCENARIO_LIMITS as L } from './limits';

/** Problems listed so far, and how many were found in all. */
export class IssueList {
  private readonly items: ScenarioIssue[] = [];
  private found = 0;

  constructor(private readonly limit: number = L.maxReportedIssues) {}

  /** The listed problems (the first `limit` found). */
  get listed(): readonly ScenarioIssue[] {
    return this.items;
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.found;
  }

  /** True once as many problems are listed as will be. */
  get isFull(): boolean {
    return this.items.length >= this.limit;
  }

  /** Adds a problem at `path` (segments, or an already formatted path). */
  add(path: readonly PropertyKey[] | string, message: string | (() => string)): void {
    this.found++;
    if (this.isFull) return;
    this.items.push({
      path: typeof path === 'string' ? path : formatPath(path),
      message: typeof message === 'string' ? message : message(),
    });
  }

  /** Counts `n` more problems without listing them (only possible once the list is full). */
  countUnlisted(n: number): void {
    this.found += n;
  }

  /** Adds an issue that is already formatted. */
  addIssue(issue: ScenarioIssue): void {
    this.add(issue.path, issue.message);
  }
}
