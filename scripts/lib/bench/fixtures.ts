// The benchmark's people and places, found in the database by SQL (ids are never written into the
// script): a few consortia, one signed-in session per role in each (a "Session" row, as the sign-in
// would write it), their published postings and open campaign, and review-table filters that have
// a second page.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const ROLES = ["COORDINATOR", "EMPLOYER", "STEERING", "APPLICANT", "TRAINEE"] as const;
export type BenchRole = (typeof ROLES)[number];

/** Sessions the benchmark writes carry this prefix, so it can remove exactly its own. */
const TOKEN_PREFIX = "bench-";
const PAGE_SIZE = 50; // lib/review/schemas.ts

export interface Signed {
  userId: string;
  email: string;
  token: string;
}

export interface ReviewQuery {
  /** The query string, e.g. "stage=SCREENING&page=2". */
  query: string;
  page: number;
  pages: number;
}

export interface BenchConsortium {
  id: string;
  slug: string;
  name: string;
  locale: "sv" | "nb";
  postingIds: string[];
  openCampaignId: string | null;
  sessions: Partial<Record<BenchRole, Signed>>;
  review: ReviewQuery[];
  /** Name searches of the review table: full names of applicants in the open campaign. */
  searches: ReviewQuery[];
}

/** The account of each role in a consortium: the named one (coordinator@…) when there is one. */
const ACCOUNTS = `
  SELECT DISTINCT ON (m.role) m.role, m."userId", u.email
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
   WHERE m."consortiumId" = $1
     AND (m.role <> 'EMPLOYER' OR m."employerId" IS NOT NULL)
     AND (m.role <> 'TRAINEE' OR EXISTS (SELECT 1 FROM "Trainee" t WHERE t."consortiumId" = $1 AND t."userId" = m."userId"))
     AND (m.role <> 'APPLICANT' OR EXISTS (SELECT 1 FROM "Applicant" a WHERE a."consortiumId" = $1 AND a."userId" = m."userId"))
   ORDER BY m.role, u.email LIKE lower(m.role::text) || '@%' DESC, u.email`;

/** The review table's filters as the page reads them, with how many pages each has. */
async function reviewQueries(db: pg.Pool, campaignId: string): Promise<ReviewQuery[]> {
  const stage = await db.query<{ stage: string; n: number }>(
    `SELECT stage, count(*)::int AS n FROM "Application" WHERE "campaignId" = $1 AND stage <> 'DRAFT' GROUP BY stage ORDER BY n DESC, stage LIMIT 1`,
    [campaignId],
  );
  const rated = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT e."applicationId" FROM "Evaluation" e JOIN "Application" a ON a.id = e."applicationId"
      WHERE a."campaignId" = $1 AND a.stage <> 'DRAFT' GROUP BY 1 HAVING avg(e.rating) >= 3) r`,
    [campaignId],
  );
  const paged = (filter: string, n: number, wanted: number): ReviewQuery => {
    const pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
    const page = Math.min(wanted, pages);
    return { query: `${filter}&page=${page}`, page, pages };
  };
  const queries = [paged("rating=3", rated.rows[0].n, 2)];
  if (stage.rows[0]) queries.push(paged(`stage=${stage.rows[0].stage}`, stage.rows[0].n, 3));
  return queries;
}

/** A few applicants' full names in the campaign, searched as a coordinator types them (lower case, no accents needed). */
async function searchQueries(db: pg.Pool, campaignId: string): Promise<ReviewQuery[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT lower(p."firstName" || ' ' || p."lastName") AS name FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId"
      WHERE a."campaignId" = $1 AND a.stage <> 'DRAFT' ORDER BY a.id LIMIT 5`,
    [campaignId],
  );
  return rows.map((r) => ({ query: new URLSearchParams({ q: r.name }).toString(), page: 1, pages: 1 }));
}

/** Finds everything for `slugs` and signs each role's account in (in every consortium). */
export async function prepareFixtures(ownerUrl: string, slugs: string[]): Promise<BenchConsortium[]> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  try {
    await db.query(`DELETE FROM "Session" WHERE "sessionToken" LIKE $1`, [`${TOKEN_PREFIX}%`]);
    const { rows } = await db.query<{ id: string; slug: string; name: string; locale: "sv" | "nb" }>(
      `SELECT id, slug, name, "defaultLocale" AS locale FROM "Consortium" WHERE slug = ANY($1) ORDER BY slug`,
      [slugs],
    );
    const consortia: BenchConsortium[] = [];
    for (const c of rows) {
      const postings = await db.query<{ id: string }>(
        `SELECT id FROM "Posting" WHERE "consortiumId" = $1 AND status = 'PUBLISHED' ORDER BY title, id LIMIT 20`,
        [c.id],
      );
      const campaign = await db.query<{ id: string }>(
        `SELECT id FROM "Campaign" WHERE "consortiumId" = $1 AND status = 'OPEN' ORDER BY "opensAt" DESC LIMIT 1`,
        [c.id],
      );
      const sessions: BenchConsortium["sessions"] = {};
      for (const account of (await db.query<{ role: BenchRole; userId: string; email: string }>(ACCOUNTS, [c.id])).rows) {
        const token = `${TOKEN_PREFIX}${randomBytes(24).toString("hex")}`;
        await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES (gen_random_uuid()::text, $1, $2, now() + interval '1 day')`, [
          token,
          account.userId,
        ]);
        sessions[account.role] = { userId: account.userId, email: account.email, token };
      }
      const openCampaignId = campaign.rows[0]?.id ?? null;
      consortia.push({
        ...c,
        postingIds: postings.rows.map((p) => p.id),
        openCampaignId,
        sessions,
        review: openCampaignId ? await reviewQueries(db, openCampaignId) : [],
        searches: openCampaignId ? await searchQueries(db, openCampaignId) : [],
      });
    }
    return consortia;
  } finally {
    await db.end();
  }
}

/** Signs the benchmark's sessions out again: the database is left as it was found. */
export async function removeSessions(ownerUrl: string): Promise<void> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  try {
    await db.query(`DELETE FROM "Session" WHERE "sessionToken" LIKE $1`, [`${TOKEN_PREFIX}%`]);
  } finally {
    await db.end();
  }
}

/** The first `count` seeded consortia whose slug starts with `prefix` and that have an open campaign; none when not seeded. */
export async function scaleSlugs(ownerUrl: string, prefix: string, count: number): Promise<string[]> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  try {
    const { rows } = await db.query<{ slug: string }>(
      `SELECT k.slug FROM "Consortium" k
        WHERE k.slug LIKE $1 AND EXISTS (SELECT 1 FROM "Campaign" c WHERE c."consortiumId" = k.id AND c.status = 'OPEN')
        ORDER BY k.slug LIMIT $2`,
      [`${prefix}%`, count],
    );
    return rows.map((r) => r.slug);
  } finally {
    await db.end();
  }
}
