/**
 * Problems found in a scenario, each named by the JSON path of the offending
 * value (`regimens[0].dose`, `subject.conditions[1].fromDay`,
 * `parameters.lhHalfLifeHours`; the whole document is `(root)`), so a student
 * can find the line to fix.
 *
 * Messages are bounded whatever the input: a path segment longer than 60
 * characters is shortened with '…', a path to 200 characters and a formatted
 * problem to 2,000 (SCENARIO_LIMITS), so a file with a megabyte-long key
 * yields a short message rather than a megabyte of error text.
 */
import { SCENARIO_LIMITS as L } from './limits';

/** One problem with a scenario: where (JSON path, '' for the whole document) and what, in plain English. */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
}

/** How the whole document is shown in messages. */
export const ROOT_PATH_LABEL = '(root)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Longest key shown in a path, characters. */
const MAX_KEY_LENGTH = 60;

/** `text` cut to at most `max` characters, ending in '…' when cut (never splitting a surrogate pair). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // do not leave half a surrogate pair
  return `${text.slice(0, end)}…`;
}

/**
 * Formats path segments as a JSON path: numbers as `[i]`, identifier-like keys
 * as `.key`, other keys as `["odd key"]`. The empty path is ''. Long keys and
 * long paths are shortened with '…'.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    const key = typeof segment === 'number' ? segment : shorten(String(segment), MAX_KEY_LENGTH);
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return shorten(out, L.maxPathLength);
}

/** One line for a user: `regimens[0].dose: must be greater than 0 (got -1)`, at most 2,000 characters. */
export function formatIssue(issue: ScenarioIssue): string {
  return shorten(`${issue.path === '' ? ROOT_PATH_LABEL : issue.path}: ${issue.message}`, L.maxIssueLength);
}

/** A scenario that failed validation; `issues` lists the problems reported, `message` the first. */
export class ScenarioValidationError extends Error {
  override readonly name = 'ScenarioValidationError';
  constructor(
    readonly issues: readonly ScenarioIssue[],
    /** Problems found in all, when more were found than listed. */
    readonly issueCount: number = issues.length,
  ) {
    super(summarizeIssues(issues, issueCount));
  }
}

/**
 * The first issue formatted, plus "(and N more)" when there are several; `total`
 * counts the problems found when the list holds only the first of them.
 */
export function summarizeIssues(issues: readonly ScenarioIssue[], total = issues.length): string {
  const [first] = issues;
  if (first === undefined) return 'invalid scenario';
  const more = Math.max(total, issues.length) - 1;
  return shorten(more > 0 ? `${formatIssue(first)} (and ${more} more)` : formatIssue(first), L.maxIssueLength);
}
