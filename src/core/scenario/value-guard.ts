/**
 * Structural checks on a parsed JSON value before the schema sees it:
 *
 *  - keys named `__proto__`, `constructor` or `prototype` are refused by name
 *    wherever they appear. JSON.parse makes `__proto__` an ordinary key, but
 *    copying such an object can set a prototype instead of a field, so a value
 *    could vanish silently (it did: `"parameters": {"__proto__": {…}}` passed);
 *  - nesting deeper than SCENARIO_LIMITS.maxDepth is refused (a scenario nests
 *    four levels), which also keeps every later walk shallow.
 *
 * The walk uses its own stack, so a value nested 400,000 levels deep is
 * reported rather than overflowing the call stack. Cost: one visit per value.
 */
import type { IssueList } from './issue-list';
import { SCENARIO_LIMITS as L } from './limits';

/** Keys that name an object's prototype machinery rather than data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Pending {
  readonly value: unknown;
  readonly path: readonly PropertyKey[];
}

/** Adds a problem to `issues` for every forbidden key and for nesting beyond the limit. */
export function guardJsonValue(value: unknown, issues: IssueList): void {
  const stack: Pending[] = [{ value, path: [] }];
  let reportedDepth = false;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= L.maxDepth) {
      if (!reportedDepth) issues.add(path, `nested more than ${L.maxDepth} levels deep (a scenario nests at most 4)`);
      reportedDepth = true;
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, i] });
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.add([...path, key], `'${key}' is not allowed as a field name (it names JavaScript's object machinery, not data)`);
        continue;
      }
      const item: unknown = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, key] });
    }
  }
}
