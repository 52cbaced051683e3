// "Apply" on a posting page names that posting: it belongs in the ranking the applicant already
// has. Pure, so the form (which restores a copy kept on the device first) and tests share it.

export type Placement =
  | { kind: "added"; rank: number }
  | { kind: "alreadyRanked"; rank: number }
  /** Every choice is taken: the applicant replaces one themself. */
  | { kind: "full"; max: number };

/**
 * Puts `postingId` into the first free choice of `preferences` (one slot per choice, "" for a
 * free one), unless it is ranked already. Returns the new ranking and what happened.
 */
export function placePosting(preferences: string[], postingId: string): { preferences: string[]; placement: Placement } {
  const existing = preferences.indexOf(postingId);
  if (existing >= 0) return { preferences, placement: { kind: "alreadyRanked", rank: existing + 1 } };
  const free = preferences.findIndex((id) => !id);
  if (free < 0) return { preferences, placement: { kind: "full", max: preferences.length } };
  const next = [...preferences];
  next[free] = postingId;
  return { preferences: next, placement: { kind: "added", rank: free + 1 } };
}
