/**
 * Reading JSON text that a user supplied (a scenario file, the scenario in a
 * share link): syntax errors located by line and column (json-syntax.ts),
 * and keys given twice in one object reported instead of letting the last
 * one win silently (duplicate-keys.ts).
 */
import { findDuplicateKeys } from './duplicate-keys';
import type { IssueList } from './issue-list';
import { findJsonSyntaxError } from './json-syntax';
import { SCENARIO_LIMITS as L } from './limits';

/** The parsed value, or undefined after adding the problems to `issues`. */
export function readJsonText(text: string, issues: IssueList): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found === null) issues.add([], `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    else issues.add([], `not valid JSON: ${found.message} at line ${found.line}, column ${found.column} (position ${found.offset})`);
    return undefined;
  }
  const duplicates = findDuplicateKeys(text, L.maxReportedIssues);
  const message = 'this field is given more than once in the same object; give it once (otherwise the last one would silently win)';
  for (const { path, key } of duplicates.listed) issues.add([...path, key], message);
  issues.countUnlisted(duplicates.count - duplicates.listed.length);
  return duplicates.count > 0 ? undefined : value;
}
