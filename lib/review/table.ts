import { Prisma } from "../db/generated/client";
import type { ApplicationStage } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { PAGE_SIZE, type ReviewFilters } from "./schemas";

// The review table in two statements (count, page) instead of Prisma's one query per relation
// plus a tenant-wide rating group-by: each statement here costs a round trip and several
// milliseconds of planning. Filters mean exactly what `reviewWhere` means (the board uses that).

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

/** The filters as one WHERE over `FROM`. */
function filterSql(consortiumId: string, campaignId: string, f: ReviewFilters): Prisma.Sql {
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
  if (f.field) conditions.push(Prisma.sql`ap.field = ${f.field}`);
  if (f.educationLevel) conditions.push(Prisma.sql`ap."educationLevel" = ${f.educationLevel}::"EducationLevel"`);
  if (f.tie) conditions.push(Prisma.sql`${f.tie}::"RegionTie" = ANY (ap.ties)`);
  if (f.q && !f.anonymised) {
    // Same pattern as Prisma's `contains` + insensitive: ILIKE with the text between wildcards.
    const like = `%${f.q}%`;
    conditions.push(Prisma.sql`(ap."firstName" ILIKE ${like} OR ap."lastName" ILIKE ${like} OR ap.email ILIKE ${like})`);
  }
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
               ORDER BY a."submittedAt" ASC, a.id ASC
               LIMIT ${PAGE_SIZE} OFFSET ${(f.page - 1) * PAGE_SIZE}) t
        CROSS JOIN LATERAL (SELECT coalesce(sum(e.rating), 0)::int AS "ratingSum", count(*)::int AS "ratingCount"
                              FROM "Evaluation" e WHERE e."consortiumId" = ${consortiumId} AND e."applicationId" = t.id) r
       ORDER BY t."submittedAt" ASC, t.id ASC`,
  ]);
  return { total, rows };
}
