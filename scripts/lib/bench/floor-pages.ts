// The floor of the career site, the review table and the steering group's outcome figures. The
// outcome report is already hand-written SQL (lib/metrics): its floor runs those very statements
// through `pg`, so the ratio shows what the app adds around them (ORM, rendering, HTTP).
import type pg from "pg";
import { Prisma } from "../../../lib/db/generated/client";
import type { Tx } from "../../../lib/db/tenant";
import { loadOutcomeReport } from "../../../lib/metrics/report";
import type { FloorQuery } from "./floor";
import { whoIsAsking } from "./floor";

const CONSORTIUM = `SELECT id, slug, name, country, "timeZone", "defaultLocale" FROM "Consortium" WHERE slug = $1`;

const OPEN_POSTINGS = `
  SELECT p.id, p.title, p.description, p.field, p.municipality, p."educationLevel", p.places, p."publishedAt",
         e.id AS "employerId", e.name AS employer, e.municipality AS "employerMunicipality", e.about, e.website, e."logoUrl", e.sector,
         ca."closesAt", co.name AS cohort, co."startDate"
    FROM "Posting" p
    JOIN "Employer" e ON e.id = p."employerId" AND e."consortiumId" = p."consortiumId"
    JOIN "Campaign" ca ON ca.id = p."campaignId" AND ca."consortiumId" = p."consortiumId"
    JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = p."consortiumId"
   WHERE p."consortiumId" = $1 AND p.status = 'PUBLISHED'`;

export const careerFloor: FloorQuery = async (db, c) => {
  await db.query(CONSORTIUM, [c.slug]);
  await db.query(`${OPEN_POSTINGS} ORDER BY ca."closesAt", p.title`, [c.id]);
};

export const postingFloor: FloorQuery = async (db, c, n) => {
  await db.query(CONSORTIUM, [c.slug]);
  await db.query(`${OPEN_POSTINGS} AND p.id = $2`, [c.id, c.postingIds[n % c.postingIds.length]]);
};

/** The review table with one of the consortium's filters: campaigns, filter choices, the count and one page of rows. */
export const reviewFloor: FloorQuery = (db, c, n) => reviewFloorOf(db, c, c.review[n % c.review.length].query);

/** The review table searched by name: the same statements with each word matched on the folded name (decision 0028). */
export const searchFloor: FloorQuery = (db, c, n) => reviewFloorOf(db, c, c.searches[n % c.searches.length].query);

async function reviewFloorOf(db: Parameters<FloorQuery>[0], c: Parameters<FloorQuery>[1], query: string) {
  await whoIsAsking(db, c, "COORDINATOR");
  const params = new URLSearchParams(query);
  const campaignId = c.openCampaignId;
  const page = Number(params.get("page") ?? "1");
  await db.query(
    `SELECT ca.id, ca.status, ca."maxPreferences", co.name FROM "Campaign" ca JOIN "Cohort" co ON co.id = ca."cohortId" AND co."consortiumId" = $1
      WHERE ca."consortiumId" = $1 ORDER BY ca."opensAt" DESC`,
    [c.id],
  );
  await db.query(
    `SELECT DISTINCT p.field FROM "Applicant" p
      WHERE p."consortiumId" = $1 AND EXISTS (SELECT 1 FROM "Application" a WHERE a."consortiumId" = $1 AND a."applicantId" = p.id AND a."campaignId" = $2)`,
    [c.id, campaignId],
  );
  await db.query(
    `SELECT e.id, e.name FROM "Employer" e
      WHERE e."consortiumId" = $1 AND EXISTS (SELECT 1 FROM "Posting" p WHERE p."consortiumId" = $1 AND p."employerId" = e.id AND p."campaignId" = $2)
      ORDER BY e.name`,
    [c.id, campaignId],
  );
  await db.query(`SELECT ca."emailTemplates", co.name FROM "Campaign" ca JOIN "Cohort" co ON co.id = ca."cohortId" WHERE ca.id = $2 AND ca."consortiumId" = $1`, [
    c.id,
    campaignId,
  ]);
  const stage = params.get("stage");
  const rating = params.get("rating");
  const values: unknown[] = [c.id, campaignId];
  const where = [`a."consortiumId" = $1`, `a."campaignId" = $2`];
  where.push(stage ? `a.stage = $${values.push(stage)}::"ApplicationStage"` : `a.stage <> 'DRAFT'`);
  if (rating) {
    where.push(`a.id IN (SELECT e."applicationId" FROM "Evaluation" e JOIN "Application" x ON x.id = e."applicationId" AND x."consortiumId" = $1
                          WHERE e."consortiumId" = $1 AND x."campaignId" = $2 GROUP BY 1 HAVING avg(e.rating) >= $${values.push(Number(rating))})`);
  }
  for (const word of (params.get("q") ?? "").split(/\s+/).filter(Boolean)) {
    where.push(`p."searchText" LIKE '%' || kohort_fold($${values.push(word)}) || '%'`);
  }
  const filtered = where.join(" AND ");
  await db.query(`SELECT count(*)::int AS n FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" WHERE ${filtered}`, values);
  await db.query(
    `SELECT a.id, a.stage, a."submittedAt", p."firstName", p."lastName", p.university, p.field, p."educationLevel", p.ties, p.gender,
            (SELECT po.title FROM "ApplicationPreference" ap JOIN "Posting" po ON po.id = ap."postingId"
              WHERE ap."consortiumId" = $1 AND ap."applicationId" = a.id AND ap.rank = 1) AS "firstChoice",
            (SELECT json_agg(e.rating) FROM "Evaluation" e WHERE e."consortiumId" = $1 AND e."applicationId" = a.id) AS ratings
       FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" AND p."consortiumId" = $1
      WHERE ${filtered} ORDER BY a."submittedAt", a.id OFFSET ${(page - 1) * 50} LIMIT 50`,
    values,
  );
}

/** Just enough of a Prisma transaction for the report's raw queries, answered through `pg`. */
function rawOnly(db: pg.PoolClient): Tx {
  const $queryRaw = async (strings: TemplateStringsArray, ...values: unknown[]) => {
    const sql = Prisma.sql(strings, ...values);
    return (await db.query(sql.text, sql.values as unknown[])).rows;
  };
  return { $queryRaw } as unknown as Tx;
}

/** GET /api/c/{slug}/metrics over all years: the report's statements. */
export const metricsFloor: FloorQuery = async (db, c) => {
  await whoIsAsking(db, c, "STEERING");
  await loadOutcomeReport(rawOnly(db), c.id, {});
};

/** /c/{slug}/outcomes over all years: the report's statements and the cohort filter's choices. */
export const outcomesFloor: FloorQuery = async (db, c) => {
  await whoIsAsking(db, c, "STEERING");
  await db.query(`SELECT id, name, "startDate" FROM "Cohort" WHERE "consortiumId" = $1 ORDER BY "startDate" DESC, name`, [c.id]);
  await loadOutcomeReport(rawOnly(db), c.id, {});
};
