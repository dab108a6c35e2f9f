/**
 * "Did you mean …?" for near-miss ids: the known id closest to a typo by edit
 * distance (Levenshtein 1966: insertions, deletions, substitutions each cost
 * 1; case is ignored), if it is close enough to be a plausible typo.
 */

/** Edit distance between two strings (case-sensitive). */
export function editDistance(a: string, b: string): number {
  // One row of the dynamic-programming table at a time: O(|a|·|b|) time, O(|b|) space.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `input` (ignoring case), or undefined when none is
 * within max(2, a third of the input's length) edits — farther than that, a
 * suggestion would confuse more than help. Ties go to the earlier candidate.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 200) return undefined; // a pasted paragraph is not a typo
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** " (did you mean 'x'?)" for the closest candidate, or '' when there is none. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match === undefined || match === input ? '' : ` (did you mean '${match}'?)`;
}
