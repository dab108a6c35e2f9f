/**
 * Problems found in a scenario, each named by the JSON path of the offending
 * value (`regimens[0].dose`, `subject.conditions[1].fromDay`,
 * `parameters.lhHalfLifeHours`; the whole document is `(root)`), so a student
 * can find the line to fix.
 */

/** One problem with a scenario: where (JSON path, '' for the whole document) and what, in plain English. */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
}

/** How the whole document is shown in messages. */
export const ROOT_PATH_LABEL = '(root)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats path segments as a JSON path: numbers as `[i]`, identifier-like keys
 * as `.key`, other keys as `["odd key"]`. The empty path is ''.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** One line for a user: `regimens[0].dose: must be greater than 0 (got -1)`. */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.path === '' ? ROOT_PATH_LABEL : issue.path}: ${issue.message}`;
}

/** A scenario that failed validation; `issues` lists every problem found, `message` the first. */
export class ScenarioValidationError extends Error {
  override readonly name = 'ScenarioValidationError';
  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(summarizeIssues(issues));
  }
}

/** The first issue formatted, plus "(and N more)" when there are several. */
export function summarizeIssues(issues: readonly ScenarioIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'invalid scenario';
  const more = issues.length - 1;
  return more > 0 ? `${formatIssue(first)} (and ${more} more)` : formatIssue(first);
}
