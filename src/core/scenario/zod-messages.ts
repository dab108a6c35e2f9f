/**
 * Turns zod's issues into plain English for students and researchers, and into
 * `ScenarioIssue`s named by JSON path.
 *
 * Two steps: `friendlyErrorMap` writes each message while zod still has the
 * offending input (zod drops it afterwards); `toScenarioIssues` then reshapes
 * the issues: one issue per unknown field, with a "did you mean" suggestion, and
 * a failed either-or (a condition is an id or an {id, fromDay} object) reported
 * as the errors of the form the user evidently meant.
 */
import type * as z from 'zod';
import { didYouMean } from './closest-match';
import { describeExpected, describeKind, describeValue, formatNumber, quote } from './describe-value';
import type { IssueList } from './issue-list';

/** zod's error map: a friendly message for each kind of issue (undefined: keep the schema's own). */
export const friendlyErrorMap: z.core.$ZodErrorMap = (issue) => {
  // zod's issue codes are a third-party set that may grow, so no assertNever here:
  // an unknown code falls back to zod's message.
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${describeExpected(issue.expected)})`;
      return `expected ${describeExpected(issue.expected)}, got ${describeKind(issue.input)}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive === true, issue.input);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive === true, issue.input);
    case 'invalid_value': {
      if (issue.input === undefined) return `is required (one of: ${issue.values.join(', ')})`;
      const got = describeValue(issue.input);
      if (issue.values.length === 1) return `must be ${describeValue(issue.values[0])} (got ${got})`;
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : '';
      return `must be one of: ${issue.values.join(', ')} (got ${got})${hint}`;
    }
    case 'unrecognized_keys': {
      // Replaced per key by toScenarioIssues; bounded here too, as a file may hold 75,000 unknown keys.
      const shown = issue.keys.slice(0, 5).map(quote).join(', ');
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${shown}${more}`;
    }
    case 'invalid_union': {
      // Every alternative failed. Name the accepted kinds when the input was none of them.
      const expected: string[] = [];
      for (const branch of issue.errors) {
        for (const i of branch) if (i.code === 'invalid_type' && i.path.length === 0) expected.push(describeExpected(i.expected));
      }
      return expected.length === issue.errors.length
        ? `expected ${expected.join(' or ')}, got ${describeKind(issue.input)}`
        : 'does not match any accepted form';
    }
    default:
      return undefined;
  }
};

function tooSmall(origin: string, minimum: number, inclusive: boolean, input: unknown): string | undefined {
  switch (origin) {
    case 'number':
      return `must be ${inclusive ? 'at least' : 'greater than'} ${formatNumber(minimum)} (got ${describeValue(input)})`;
    case 'string':
      return minimum <= 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
    case 'array':
      return `must have at least ${minimum} entries`;
    default:
      return undefined;
  }
}

function tooBig(origin: string, maximum: number, inclusive: boolean, input: unknown): string | undefined {
  switch (origin) {
    case 'number':
      return `must be ${inclusive ? 'at most' : 'less than'} ${formatNumber(maximum)} (got ${describeValue(input)})`;
    case 'string':
      return `must be at most ${maximum} characters long (got ${typeof input === 'string' ? input.length : '?'})`;
    case 'array':
      return `must have at most ${maximum} entries (got ${Array.isArray(input) ? input.length : '?'})`;
    default:
      return undefined;
  }
}

/**
 * Converts zod's issues to scenario issues in `out`. `knownFieldsAt(path)`
 * lists the fields an object at that path accepts, for suggestions on unknown
 * fields (searched only for the problems that are listed).
 */
export function toScenarioIssues(
  issues: readonly z.core.$ZodIssue[],
  knownFieldsAt: (path: readonly PropertyKey[]) => readonly string[],
  out: IssueList,
  basePath: readonly PropertyKey[] = [],
): void {
  for (const issue of issues) {
    const path = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownFieldsAt(path);
      for (const key of issue.keys) {
        if (out.isFull) {
          out.countUnlisted(1);
          continue;
        }
        const hint = didYouMean(key, known) || (known.length > 0 ? `; allowed here: ${known.join(', ')}` : '');
        out.add([...path, key], `unknown field ${quote(key)}${hint}`);
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // The alternatives that accepted the input's kind (string, object…) are the ones the user meant.
      const meant = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      const [only] = meant;
      if (meant.length === 1 && only !== undefined) toScenarioIssues(only, knownFieldsAt, out, path);
      else out.add(path, issue.message);
    } else {
      out.add(path, issue.message);
    }
  }
}
