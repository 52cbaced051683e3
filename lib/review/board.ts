import type { Tx } from "../db/tenant";
import { BOARD_COLUMN_CAP, REVIEW_STAGES, type ReviewFilters } from "./schemas";
import { REVIEW_ORDER, REVIEW_ROW, toReviewItem } from "./service";
import { listMatching, pseudonymsOf } from "./table";

/**
 * The applications of a campaign as one column per stage, with the same filters as the table.
 * Every column has its full count but at most BOARD_COLUMN_CAP cards; the rest are in the table.
 * Anonymised cards carry the same pseudonym number as the table, so "Applicant 7" is one person.
 */
export async function listBoard(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters) {
  const order = await listMatching(tx, consortiumId, campaignId, f);
  const shown = REVIEW_STAGES.flatMap((stage) =>
    order
      .filter((a) => a.stage === stage)
      .slice(0, BOARD_COLUMN_CAP)
      .map((a) => a.id),
  );
  const [rows, numbers] = await Promise.all([
    shown.length ? tx.application.findMany({ where: { consortiumId, id: { in: shown } }, select: REVIEW_ROW, orderBy: REVIEW_ORDER }) : [],
    f.anonymised ? pseudonymsOf(tx, consortiumId, campaignId, shown) : new Map<string, number>(),
  ]);
  const cards = rows.map((row) => toReviewItem(row, numbers.get(row.id) ?? null, f.anonymised));
  return {
    total: order.length,
    columns: REVIEW_STAGES.map((stage) => ({
      stage,
      count: order.filter((a) => a.stage === stage).length,
      cards: cards.filter((c) => c.stage === stage),
    })),
  };
}
