import type { Tx } from "../db/tenant";
import type { Reviewer } from "../ratings/service";
import { listCandidates, parseCandidateFilters } from "../ratings/service";
import { parseReviewFilters } from "../review/schemas";
import { listMatching } from "../review/table";

export interface Neighbours {
  previous: string | null;
  next: string | null;
  /** 1-based place in the list, and its length. */
  position: number;
  total: number;
}

/**
 * Where an application sits in the list it was opened from — the screening table (`list=review`,
 * coordinators) or the candidates list (`list=candidates`) — with the same filter, so "next"
 * walks exactly the rows the person was looking at. Null when it was opened from elsewhere or is
 * no longer in that list.
 */
export async function findNeighbours(
  tx: Tx,
  reviewer: Reviewer,
  query: Record<string, string | undefined>,
  applicationId: string,
  canScreen: boolean,
): Promise<Neighbours | null> {
  let ids: string[];
  if (query.list === "review" && canScreen) {
    const filters = parseReviewFilters(query);
    if (!filters.campaignId) return null;
    ids = (await listMatching(tx, reviewer.consortiumId, filters.campaignId, filters)).map((a) => a.id);
  } else if (query.list === "candidates") {
    ids = (await listCandidates(tx, reviewer, parseCandidateFilters(query))).map((c) => c.id);
  } else {
    return null;
  }
  const index = ids.indexOf(applicationId);
  if (index === -1) return null;
  return { previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null, position: index + 1, total: ids.length };
}
