// The outcome dashboards' data: a consortium with ten yearly cohorts (2015–2024) of realistic
// size — 40 member employers, 15 postings, 400 applicants (20 of them drafts) and 25 trainees a
// year, offers, a stage trail in the audit log, placements with rotations and the follow-ups of
// each wave — written in a few INSERT … SELECT generate_series statements as the owner. Every
// campaign is left live (nothing erased), the most the report has to count.
import pg from "pg";
import { newApiToken } from "../../../lib/api-tokens/token";

export const BENCH_SLUG = "bench-outcomes";
const FIRST = 2015;
const LAST = 2024;

export interface DashboardData {
  consortiumId: string;
  slug: string;
  token: string;
  /** The name and id of one cohort in the middle of the range. */
  cohort: { id: string; name: string };
  rows: Record<string, number>;
}

/** The statements, each with $1 = consortium id, $2 = first year, $3 = last year. */
const STATEMENTS = [
  `INSERT INTO "Employer" (id, "consortiumId", name, "orgNumber", sector, "sizeBand", municipality, "memberSince", "memberUntil", "updatedAt")
   SELECT 'bo-e-' || e, $1, 'Arbetsgivare ' || e, lpad(e::text, 6, '0') || '-0000', (CASE WHEN e % 3 = 0 THEN 'PUBLIC' ELSE 'PRIVATE' END)::"EmployerSector",
          'FROM_10_TO_49', 'Karlstad', make_date($2::int - 1 + e % 6, 1, 1), CASE WHEN e % 10 = 0 THEN make_date($3::int - 2, 12, 31) END, now()
     FROM generate_series(1, 40) e`,
  `INSERT INTO "Cohort" (id, "consortiumId", name, "startDate", "endDate", "programmeMonths", status, "updatedAt")
   SELECT 'bo-c-' || y, $1, 'Trainee ' || y, make_date(y, 9, 1), make_date(y + 1, 8, 31), 12, 'FINISHED', now() FROM generate_series($2::int, $3::int) y`,
  `INSERT INTO "Campaign" (id, "consortiumId", "cohortId", "opensAt", "closesAt", status, "updatedAt")
   SELECT 'bo-ca-' || y, $1, 'bo-c-' || y, make_timestamp(y, 1, 10, 8, 0, 0), make_timestamp(y, 3, 1, 23, 0, 0), 'CLOSED', now() FROM generate_series($2::int, $3::int) y`,
  `INSERT INTO "Posting" (id, "consortiumId", "employerId", "campaignId", title, description, field, "educationLevel", municipality, places, status, "publishedAt", "updatedAt")
   SELECT 'bo-p-' || y || '-' || p, $1, 'bo-e-' || ((y * 7 + p) % 40 + 1), 'bo-ca-' || y, 'Trainee ' || p, 'Roll', 'Ekonomi', 'MASTER', 'Karlstad', 1 + p % 2,
          (CASE WHEN p <= 14 THEN 'CLOSED' ELSE 'RETURNED' END)::"PostingStatus", CASE WHEN p <= 14 THEN make_timestamp(y, 1, 10, 8, 0, 0) END, now()
     FROM generate_series($2::int, $3::int) y, generate_series(1, 15) p`,
  `INSERT INTO "Applicant" (id, "consortiumId", "firstName", "lastName", email, "educationLevel", field, university, "graduationYear", ties, "livesInRegion", "heardFrom", gender, "updatedAt")
   SELECT 'bo-ap-' || y || '-' || n, $1, 'Ada', 'N' || n, 'bo-' || y || '-' || n || '@bench.example',
          ((ARRAY['BACHELOR', 'MASTER', 'MASTER', 'PHD'])[1 + n % 4])::"EducationLevel", (ARRAY['Ekonomi', 'IT', 'Teknik', 'Samhälle', 'Vård'])[1 + n % 5], 'KaU', y,
          ARRAY[(ARRAY['GREW_UP', 'STUDIED', 'PARTNER_FAMILY', 'NONE'])[1 + n % 4]]::"RegionTie"[], n % 3 = 0,
          (CASE WHEN n % 8 = 0 THEN NULL ELSE (ARRAY['SOCIAL_MEDIA', 'CAREER_FAIR', 'UNIVERSITY', 'FRIEND', 'EMPLOYER', 'SEARCH', 'OTHER'])[1 + n % 7] END)::"HeardFrom",
          ((ARRAY['WOMAN', 'MAN', 'OTHER', 'UNDISCLOSED'])[1 + n % 4])::"Gender", now()
     FROM generate_series($2::int, $3::int) y, generate_series(1, 400) n`,
  // 1–25 hired, 26–32 offered and declined, 33–60 interviewed and rejected, 381–400 drafts.
  `INSERT INTO "Application" (id, "consortiumId", "applicantId", "campaignId", stage, "submittedAt", "interviewInvitedAt", "updatedAt")
   SELECT 'bo-a-' || y || '-' || n, $1, 'bo-ap-' || y || '-' || n, 'bo-ca-' || y,
          (CASE WHEN n <= 25 THEN 'HIRED' WHEN n <= 60 THEN 'REJECTED' WHEN n <= 380 THEN (ARRAY['SUBMITTED', 'SCREENING', 'REJECTED', 'WITHDRAWN', 'SHORTLISTED'])[1 + n % 5]
                ELSE 'DRAFT' END)::"ApplicationStage",
          CASE WHEN n <= 380 THEN make_timestamp(y, 2, 20, 12, 0, 0) END, CASE WHEN n <= 60 THEN make_timestamp(y, 3, 10, 12, 0, 0) END, now()
     FROM generate_series($2::int, $3::int) y, generate_series(1, 400) n`,
  `INSERT INTO "Offer" (id, "consortiumId", "applicationId", "employerId", "postingId", "startDate", status)
   SELECT 'bo-o-' || y || '-' || n, $1, 'bo-a-' || y || '-' || n, 'bo-e-' || ((y * 7 + 1 + n % 14) % 40 + 1), 'bo-p-' || y || '-' || (1 + n % 14), make_date(y, 9, 1),
          (CASE WHEN n <= 25 THEN 'ACCEPTED' ELSE 'DECLINED' END)::"OfferStatus"
     FROM generate_series($2::int, $3::int) y, generate_series(1, 32) n`,
  // Three stage moves for every sent application, as the pipeline writes them.
  `INSERT INTO "AuditEvent" (id, "consortiumId", action, "targetType", "targetId", data, "createdAt")
   SELECT 'bo-ae-' || y || '-' || n || '-' || k, $1, 'application.stage', 'Application', 'bo-a-' || y || '-' || n,
          jsonb_build_object('from', (ARRAY['SUBMITTED', 'SCREENING', 'SHORTLISTED'])[k], 'to', (ARRAY['SCREENING', 'SHORTLISTED', 'REJECTED'])[k]),
          make_timestamp(y, 3, 1 + k, 12, 0, 0)
     FROM generate_series($2::int, $3::int) y, generate_series(1, 380) n, generate_series(1, 3) k`,
  `INSERT INTO "Trainee" (id, "consortiumId", "cohortId", "applicantId", name, email, gender, "educationLevel", field, ties, status, "endedAt",
                          "offeredJob", "acceptedOffer", "residenceMunicipality", "updatedAt")
   SELECT 'bo-t-' || y || '-' || n, $1, 'bo-c-' || y, 'bo-ap-' || y || '-' || n, 'Trainee ' || n, 'bo-' || y || '-' || n || '@bench.example',
          ((ARRAY['WOMAN', 'MAN', 'OTHER', 'UNDISCLOSED'])[1 + n % 4])::"Gender", ((ARRAY['BACHELOR', 'MASTER', 'MASTER', 'PHD'])[1 + n % 4])::"EducationLevel",
          (ARRAY['Ekonomi', 'IT', 'Teknik', 'Samhälle', 'Vård'])[1 + n % 5], ARRAY[(ARRAY['GREW_UP', 'STUDIED', 'PARTNER_FAMILY', 'NONE'])[1 + n % 4]]::"RegionTie"[],
          (CASE WHEN n % 12 = 0 THEN 'DROPPED_OUT' ELSE 'COMPLETED' END)::"TraineeStatus", make_date(y + 1, 8, 31),
          ((ARRAY['YES', 'YES', 'YES', 'NO', 'UNKNOWN'])[1 + n % 5])::"TriState", ((ARRAY['YES', 'YES', 'NO', 'UNKNOWN'])[1 + n % 4])::"TriState",
          (ARRAY['Karlstad', 'Arvika', 'Stockholm', NULL])[1 + n % 4], now()
     FROM generate_series($2::int, $3::int) y, generate_series(1, 25) n`,
  // Every fifth trainee rotates: two six-month placements at different employers.
  `INSERT INTO "Placement" (id, "consortiumId", "traineeId", "employerId", "startDate", "endDate", "updatedAt")
   SELECT 'bo-pl-' || y || '-' || n || '-' || k, $1, 'bo-t-' || y || '-' || n, 'bo-e-' || ((y * 7 + 1 + n % 14 + (k - 1) * 5) % 40 + 1),
          CASE WHEN k = 1 THEN make_date(y, 9, 1) ELSE make_date(y + 1, 3, 1) END,
          CASE WHEN n % 5 <> 0 THEN make_date(y + 1, 8, 31) WHEN k = 1 THEN make_date(y + 1, 2, 28) ELSE make_date(y + 1, 8, 31) END, now()
     FROM generate_series($2::int, $3::int) y, generate_series(1, 25) n, generate_series(1, 2) k
    WHERE k = 1 OR n % 5 = 0`,
  `INSERT INTO "FollowUp" (id, "consortiumId", "traineeId", wave, "livesInRegion", "answeredAt")
   SELECT 'bo-f-' || y || '-' || n || '-' || w, $1, 'bo-t-' || y || '-' || n, w::"FollowUpWave",
          ((ARRAY['YES', 'YES', 'NO', 'UNKNOWN'])[1 + (n + y) % 4])::"TriState", make_timestamp(y + 1, 9, 15, 12, 0, 0)
     FROM generate_series($2::int, $3::int) y, generate_series(1, 25) n, unnest(ARRAY['END', 'YEAR_1', 'YEAR_3']) w
    WHERE w = 'END' OR (w = 'YEAR_1' AND y <= $3::int - 1) OR (w = 'YEAR_3' AND y <= $3::int - 3)`,
];

const TABLES = ["Employer", "Cohort", "Posting", "Applicant", "Application", "Offer", "AuditEvent", "Trainee", "Placement", "FollowUp"];

export async function createDashboardData(ownerUrl: string): Promise<DashboardData> {
  const db = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  const consortiumId = "bench-outcomes-consortium";
  const { token, tokenHash, lastFour } = newApiToken();
  try {
    await db.query("BEGIN");
    await db.query(
      `INSERT INTO "Consortium" (id, slug, name, country, currency, "defaultLocale", "timeZone", municipalities, "updatedAt")
       VALUES ($1, $2, 'Trainee Bench', 'SE', 'SEK', 'sv', 'Europe/Stockholm', ARRAY['Karlstad', 'Arvika', 'Kil'], now())`,
      [consortiumId, BENCH_SLUG],
    );
    for (const sql of STATEMENTS) await db.query(sql, [consortiumId, FIRST, LAST]);
    await db.query(`INSERT INTO "ApiToken" (id, "consortiumId", name, "tokenHash", "lastFour") VALUES ('bo-token', $1, 'Bench', $2, $3)`, [consortiumId, tokenHash, lastFour]);
    await db.query("COMMIT");
    await db.query("ANALYZE");
    const rows: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows: r } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "consortiumId" = $1`, [consortiumId]);
      rows[table] = Number(r[0].n);
    }
    const middle = FIRST + Math.floor((LAST - FIRST) / 2);
    return { consortiumId, slug: BENCH_SLUG, token, cohort: { id: `bo-c-${middle}`, name: `Trainee ${middle}` }, rows };
  } catch (error) {
    await db.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
