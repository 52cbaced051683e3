// The deadline rush's people and its check: applicants written straight into the database as the
// owner (a signed-in session, an applicant membership, a draft with an uploaded CV, as if each had
// signed in and filled the form before the last minute), and afterwards a count of what was stored.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const RUSH_DOMAIN = "rush.bench.example";
const LIKE = `%@${RUSH_DOMAIN}`;

export interface RushApplicant {
  email: string;
  slug: string;
  locale: "sv" | "nb";
  campaignId: string;
  sessionToken: string;
  preferences: string[];
  extraAnswers: Record<string, string>;
}

interface OpenCampaign {
  id: string;
  consortiumId: string;
  slug: string;
  locale: "sv" | "nb";
  maxPreferences: number;
  extraQuestions: { key: string }[] | null;
  postings: string[];
}

async function openCampaigns(db: pg.Pool, slugs: string[]): Promise<OpenCampaign[]> {
  const { rows } = await db.query<Omit<OpenCampaign, "postings">>(
    `SELECT c.id, c."consortiumId", co.slug, co."defaultLocale" AS locale, c."maxPreferences", c."extraQuestions"
       FROM "Campaign" c JOIN "Consortium" co ON co.id = c."consortiumId"
      WHERE co.slug = ANY($1) AND c."opensAt" <= now() AND c."closesAt" > now() ORDER BY co.slug`,
    [slugs],
  );
  const campaigns: OpenCampaign[] = [];
  for (const row of rows) {
    const postings = await db.query<{ id: string }>(`SELECT id FROM "Posting" WHERE "campaignId" = $1 AND status = 'PUBLISHED' ORDER BY title`, [row.id]);
    campaigns.push({ ...row, postings: postings.rows.map((p) => p.id) });
  }
  if (!campaigns.length) throw new Error("no open campaign in the demo data");
  return campaigns;
}

const MINIMAL_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/** `count` applicants spread over the open campaigns of `slugs`, each ready to press "send". */
export async function createRushApplicants(ownerUrl: string, storageDir: string, slugs: string[], count: number): Promise<RushApplicant[]> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  try {
    const campaigns = await openCampaigns(db, slugs);
    const people = Array.from({ length: count }, (_, i) => {
      const campaign = campaigns[i % campaigns.length];
      const wanted = Math.min(campaign.maxPreferences, campaign.postings.length, 1 + (i % 3));
      const preferences = Array.from({ length: wanted }, (_, k) => campaign.postings[(i + k * 7) % campaign.postings.length]);
      return {
        campaign,
        userId: randomUUID(),
        cvKey: `${campaign.consortiumId.toLowerCase()}/cv/${randomUUID()}.pdf`,
        applicant: {
          email: `rush-${String(i).padStart(3, "0")}@${RUSH_DOMAIN}`,
          slug: campaign.slug,
          locale: campaign.locale,
          campaignId: campaign.id,
          sessionToken: randomBytes(32).toString("hex"),
          preferences: [...new Set(preferences)],
          extraAnswers: Object.fromEntries((campaign.extraQuestions ?? []).map((q) => [q.key, "Ja."])),
        },
      };
    });
    const column = <T>(pick: (p: (typeof people)[number]) => T) => people.map(pick);
    await db.query(`INSERT INTO "User" (id, email, "updatedAt") SELECT * , now() FROM unnest($1::text[], $2::text[])`, [
      column((p) => p.userId),
      column((p) => p.applicant.email),
    ]);
    await db.query(
      `INSERT INTO "Membership" (id, "consortiumId", "userId", role, "updatedAt")
       SELECT gen_random_uuid()::text, c, u, 'APPLICANT', now() FROM unnest($1::text[], $2::text[]) AS t(c, u)`,
      [column((p) => p.campaign.consortiumId), column((p) => p.userId)],
    );
    await db.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires)
       SELECT gen_random_uuid()::text, t, u, now() + interval '1 day' FROM unnest($1::text[], $2::text[]) AS x(t, u)`,
      [column((p) => p.applicant.sessionToken), column((p) => p.userId)],
    );
    await db.query(
      `INSERT INTO "ApplicationDraft" (id, "consortiumId", "campaignId", "userId", data, "updatedAt")
       SELECT gen_random_uuid()::text, co, ca, u, d::jsonb, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(co, ca, u, d)`,
      [
        column((p) => p.campaign.consortiumId),
        column((p) => p.campaign.id),
        column((p) => p.userId),
        column((p) => JSON.stringify({ cv: { key: p.cvKey, name: "cv.pdf", size: MINIMAL_PDF.length } })),
      ],
    );
    for (const p of people) {
      const file = path.join(storageDir, ...p.cvKey.split("/"));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, MINIMAL_PDF);
    }
    return people.map((p) => p.applicant);
  } finally {
    await db.end();
  }
}

export interface RushOutcome {
  submitted: number;
  applications: number;
  duplicateApplications: number;
  duplicateApplicants: number;
  preferenceRows: number;
  confirmationMails: number;
  mailedPeople: number;
  submitEvents: number;
  draftsLeft: number;
}

/** What the database holds for the rush's applicants once it is over. */
export async function countRushOutcome(ownerUrl: string): Promise<RushOutcome> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  const one = async (sql: string) => Number((await db.query<{ n: string }>(sql, [LIKE])).rows[0].n);
  const ofRush = `FROM "Application" a JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email LIKE $1`;
  try {
    return {
      submitted: await one(`SELECT count(*) AS n ${ofRush} AND a.stage = 'SUBMITTED' AND a."submittedAt" IS NOT NULL`),
      applications: await one(`SELECT count(*) AS n ${ofRush}`),
      duplicateApplications: await one(`SELECT count(*) AS n FROM (SELECT p.email, a."campaignId" ${ofRush} GROUP BY 1, 2 HAVING count(*) > 1) d`),
      duplicateApplicants: await one(`SELECT count(*) AS n FROM (SELECT "consortiumId", email FROM "Applicant" WHERE email LIKE $1 GROUP BY 1, 2 HAVING count(*) > 1) d`),
      preferenceRows: await one(`SELECT count(*) AS n FROM "ApplicationPreference" r JOIN "Application" a ON a.id = r."applicationId" JOIN "Applicant" p ON p.id = a."applicantId" WHERE p.email LIKE $1`),
      confirmationMails: await one(`SELECT count(*) AS n FROM "OutboxEmail" WHERE "to" LIKE $1`),
      mailedPeople: await one(`SELECT count(DISTINCT "to") AS n FROM "OutboxEmail" WHERE "to" LIKE $1`),
      submitEvents: await one(
        `SELECT count(*) AS n FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorUserId" WHERE u.email LIKE $1 AND e.action = 'application.submit'`,
      ),
      draftsLeft: await one(`SELECT count(*) AS n FROM "ApplicationDraft" d JOIN "User" u ON u.id = d."userId" WHERE u.email LIKE $1`),
    };
  } finally {
    await db.end();
  }
}

/**
 * Removes every trace of the rush's applicants (applications with their choices, applicant
 * records, audit events, mails, drafts, accounts with their sessions and memberships), so a
 * persistent database such as the scale data stays as it was seeded.
 */
export async function deleteRushApplicants(ownerUrl: string): Promise<void> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  const users = `SELECT id FROM "User" WHERE email LIKE $1`;
  try {
    await db.query("BEGIN");
    await db.query(`DELETE FROM "Application" WHERE "applicantId" IN (SELECT id FROM "Applicant" WHERE email LIKE $1)`, [LIKE]);
    await db.query(`DELETE FROM "Applicant" WHERE email LIKE $1`, [LIKE]);
    await db.query(`DELETE FROM "AuditEvent" WHERE "actorUserId" IN (${users})`, [LIKE]);
    await db.query(`DELETE FROM "OutboxEmail" WHERE "to" LIKE $1`, [LIKE]);
    await db.query(`DELETE FROM "ApplicationDraft" WHERE "userId" IN (${users})`, [LIKE]);
    await db.query(`DELETE FROM "User" WHERE email LIKE $1`, [LIKE]);
    await db.query("COMMIT");
  } catch (error) {
    await db.query("ROLLBACK");
    throw error;
  } finally {
    await db.end();
  }
}
