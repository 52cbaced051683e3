import type { Outcome } from "./types";

/** Shares are rounded to four decimals everywhere (dashboard, CSV, JSON), so all show the same figure. */
export function shareOf(count: number, known: number): number | null {
  return known > 0 ? Math.round((count / known) * 10_000) / 10_000 : null;
}

/** A yes/no outcome among those whose answer is known. */
export function outcomeOf(count: number, known: number): Outcome {
  return { count, known, share: shareOf(count, known) };
}
