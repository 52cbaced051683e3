import { Prisma } from "../db/generated/client";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { MATCH_LIMIT, PAGE_SIZE, type ReviewFilters } from "./schemas";
import { searchSql } from "./search";

// The review table in two statements (count, page) instead of Prisma's one query per relation
// plus a tenant-wide rating group-by: each statement here costs a round trip and several
// milliseconds of planning. The board, "select all N matching" and the candidate page's
// previous/next use the same WHERE, so every view of a filter holds the same applications.

/** One table row as the page query returns it; `ratingSum`/`ratingCount` let JS take the average. */
export type ReviewTableRow = {
  id: string;
  stage: ApplicationStage;
  submittedAt: Date | null;
  firstName: string;
  lastName: string;
  university: string;
  field: string;
  educationLevel: string;
  ties: string[];
  firstChoice: string | null;
  ratingSum: number;
  ratingCount: number;
};

const FROM = Prisma.sql`FROM "Application" a JOIN "Applicant" ap ON ap.id = a."applicantId"`;
const ORDER = Prisma.sql`ORDER BY a."submittedAt" ASC, a.id ASC`;

/** The filters as one WHERE over `FROM`. */
export function filterSql(consortiumId: string, campaignId: string, f: ReviewFilters): Prisma.Sql {
  const conditions = [
    Prisma.sql`a."consortiumId" = ${consortiumId} AND a."campaignId" = ${campaignId}`,
    f.stage ? Prisma.sql`a.stage = ${f.stage}::"ApplicationStage"` : Prisma.sql`a.stage <> 'DRAFT'`,
  ];
  if (f.minRating) {
    conditions.push(Prisma.sql`(SELECT avg(e.rating) FROM "Evaluation" e
      WHERE e."consortiumId" = ${consortiumId} AND e."applicationId" = a.id) >= ${f.minRating}`);
  }
  if (f.employerId || f.rank) {
    const employer = f.employerId
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Posting" po WHERE po.id = p."postingId" AND po."employerId" = ${f.employerId})`
      : Prisma.empty;
    const rank = f.rank ? Prisma.sql`AND p.rank <= ${f.rank}` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ApplicationPreference" p
      WHERE p."consortiumId" = ${consortiumId} AND p."applicationId" = a.id ${employer} ${rank})`);
  }
  if (f.postingId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ApplicationPreference" p
      WHERE p."consortiumId" = ${consortiumId} AND p."applicationId" = a.id AND p."postingId" = ${f.postingId})`);
  }
  if (f.since) conditions.push(Prisma.sql`a."submittedAt" > ${f.since}`);
  if (f.unrated) {
    conditions.push(Prisma.sql`a.stage IN ('SUBMITTED', 'SCREENING', 'SHORTLISTED', 'INTERVIEW')
      AND NOT EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."consortiumId" = ${consortiumId} AND e."applicationId" = a.id)`);
  }
  if (f.unbooked) conditions.push(Prisma.sql`a.stage = 'INTERVIEW' AND a."interviewInvitedAt" IS NOT NULL AND a."interviewSlotId" IS NULL`);
  if (f.field) conditions.push(Prisma.sql`ap.field = ${f.field}`);
  if (f.educationLevel) conditions.push(Prisma.sql`ap."educationLevel" = ${f.educationLevel}::"EducationLevel"`);
  if (f.tie) conditions.push(Prisma.sql`${f.tie}::"RegionTie" = ANY (ap.ties)`);
  // Anonymised screening ignores a name search: matching names would say who is who.
  if (f.q && !f.anonymised) conditions.push(...searchSql(f.q));
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** How many applications match, and one page of them in table order (submitted, then id). */
export async function queryReviewTable(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters) {
  const where = filterSql(consortiumId, campaignId, f);
  // The page is chosen first, so first choices and ratings are looked up for its rows only.
  const [[{ total }], rows] = await Promise.all([
    tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${FROM} ${where}`,
    tx.$queryRaw<ReviewTableRow[]>`
      SELECT t.*,
             (SELECT po.title FROM "ApplicationPreference" p JOIN "Posting" po ON po.id = p."postingId"
               WHERE p."consortiumId" = ${consortiumId} AND p."applicationId" = t.id AND p.rank = 1) AS "firstChoice",
             r."ratingSum", r."ratingCount"
        FROM (SELECT a.id, a.stage::text AS stage, a."submittedAt", ap."firstName", ap."lastName", ap.university, ap.field,
                     ap."educationLevel"::text AS "educationLevel", ap.ties::text[] AS ties
                ${FROM} ${where}
               ${ORDER}
               LIMIT ${PAGE_SIZE} OFFSET ${(f.page - 1) * PAGE_SIZE}) t
        CROSS JOIN LATERAL (SELECT coalesce(sum(e.rating), 0)::int AS "ratingSum", count(*)::int AS "ratingCount"
                              FROM "Evaluation" e WHERE e."consortiumId" = ${consortiumId} AND e."applicationId" = t.id) r
       ORDER BY t."submittedAt" ASC, t.id ASC`,
  ]);
  return { total, rows };
}

/** Every matching application in table order (up to MATCH_LIMIT): "all N matching", the board, previous/next. */
export function listMatching(tx: Tx, consortiumId: string, campaignId: string, f: ReviewFilters) {
  return tx.$queryRaw<{ id: string; stage: ApplicationStage }[]>`
    SELECT a.id, a.stage::text AS stage ${FROM} ${filterSql(consortiumId, campaignId, f)} ${ORDER} LIMIT ${MATCH_LIMIT}`;
}

/**
 * Each application's pseudonym number for anonymised screening: its place among the campaign's
 * sent applications in the order they arrived. A submission time is set once, so the number never
 * changes with filters, pages or later applications.
 */
export async function pseudonymsOf(tx: Tx, consortiumId: string, campaignId: string, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; number: number }[]>`
    SELECT n.id, n.number FROM (
      SELECT a.id, row_number() OVER (ORDER BY a."submittedAt" ASC, a.id ASC)::int AS number
        FROM "Application" a WHERE a."consortiumId" = ${consortiumId} AND a."campaignId" = ${campaignId} AND a.stage <> 'DRAFT') n
     WHERE n.id = ANY (${ids}::text[])`;
  return new Map(rows.map((r) => [r.id, r.number]));
}
