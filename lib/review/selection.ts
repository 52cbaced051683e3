import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { parseReviewFilters } from "./schemas";
import { listMatching } from "./table";

export type Selection = { applicationIds?: string[]; match?: { query: Record<string, string>; count: number } };

/**
 * The ids a selection stands for (schemas.ts `selectionShape`); every one of them is this
 * consortium's, since the filter itself is scoped to it.
 */
export async function resolveSelection(tx: Tx, consortiumId: string, selection: Selection): Promise<string[]> {
  if (selection.applicationIds) return [...new Set(selection.applicationIds)];
  const { query, count } = selection.match!;
  const filters = parseReviewFilters(query);
  if (!filters.campaignId) throw new AppError("validation");
  const campaign = await tx.campaign.findFirst({ where: { id: filters.campaignId, consortiumId }, select: { id: true } });
  if (!campaign) throw new AppError("notFound");
  const ids = (await listMatching(tx, consortiumId, filters.campaignId, filters)).map((a) => a.id);
  if (ids.length !== count) throw new AppError("selectionChanged");
  return ids;
}
