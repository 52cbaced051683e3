import type { Tx } from "../db/tenant";
import { BOARD_COLUMN_CAP, REVIEW_STAGES, type ReviewFilters } from "./schemas";
import { REVIEW_ORDER, REVIEW_ROW, reviewWhere, toReviewItem } from "./service";

/**
 * The applications of a campaign as one column per stage, with the same filters as the table.
 * Every column has its full count but at most BOARD_COLUMN_CAP cards; the rest are in the table.
 * Cards are numbered by their place in the whole filtered list, as in the table, so anonymised
 * screening calls the same person "Applicant 7" in both views.
 */
export async function listBoard(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters) {
  const where = await reviewWhere(tx, consortiumId, campaignId, f);
  const order = await tx.application.findMany({ where, select: { id: true, stage: true }, orderBy: REVIEW_ORDER });
  const numbers = new Map(order.map((a, index) => [a.id, index + 1]));
  const shown = REVIEW_STAGES.flatMap((stage) =>
    order
      .filter((a) => a.stage === stage)
      .slice(0, BOARD_COLUMN_CAP)
      .map((a) => a.id),
  );
  const rows = shown.length ? await tx.application.findMany({ where: { consortiumId, id: { in: shown } }, select: REVIEW_ROW, orderBy: REVIEW_ORDER }) : [];
  const cards = rows.map((row) => toReviewItem(row, numbers.get(row.id)!, f.anonymised));
  return {
    total: order.length,
    columns: REVIEW_STAGES.map((stage) => ({
      stage,
      count: order.filter((a) => a.stage === stage).length,
      cards: cards.filter((c) => c.stage === stage),
    })),
  };
}
