// Demo data: two consortia (Trainee Värmland, Trainee Innlandet) with members, fee schedules, a
// finished, a running and a recruiting cohort, applicants and the demo accounts of
// prisma/demo-accounts.ts. Deterministic (seeded PRNG, fixed "today" 2026-11-25) apart from ids.
// Connects as the table owner, which row-level security does not hold, so no tenant is set.
//
//   DATABASE_URL=postgresql://... npx tsx prisma/seed.ts
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { ensureQuestionBank } from "../lib/surveys/defaults";
import { buildSeedRows } from "./seed/build";
import { attachSurveyAnswers } from "./seed/survey-answers";
import { FOLLOW_UP_COMMENTS } from "./seed/texts";
import { seedInvoiceLines } from "./seed/invoices";
import { TABLE_ORDER, type SeedRows } from "./seed/types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Serialises concurrent seeds (e.g. two dev servers starting on one database). */
const SEED_LOCK_KEY = 7_350_002;

/** Writes the demo data unless a consortium already exists; returns the rows written, or null. */
export async function seedDemoData(ownerUrl: string): Promise<SeedRows | null> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl }) });
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$queryRawUnsafe(`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})) AS locked`);
        if ((await tx.consortium.count()) > 0) return null;
        const rows = buildSeedRows();
        await insertAll(tx, rows);
        return rows;
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } finally {
    await db.$disconnect();
  }
}

/** Returns false and writes nothing if any consortium exists; otherwise seeds and returns true. */
export async function seedIfEmpty(ownerUrl: string): Promise<boolean> {
  return (await seedDemoData(ownerUrl)) !== null;
}

async function insertAll(tx: Tx, rows: SeedRows): Promise<void> {
  // One statement per table, in TABLE_ORDER (referenced tables first).
  await tx.user.createMany({ data: rows.users });
  await tx.consortium.createMany({ data: rows.consortia });
  await tx.employer.createMany({ data: rows.employers });
  await tx.membership.createMany({ data: rows.memberships });
  await tx.feeRule.createMany({ data: rows.feeRules });
  await tx.cohort.createMany({ data: rows.cohorts });
  await tx.campaign.createMany({ data: rows.campaigns });
  await tx.posting.createMany({ data: rows.postings });
  await tx.applicant.createMany({ data: rows.applicants });
  await tx.application.createMany({ data: rows.applications });
  await tx.applicationPreference.createMany({ data: rows.preferences });
  await tx.evaluation.createMany({ data: rows.evaluations });
  await tx.offer.createMany({ data: rows.offers });
  await tx.trainee.createMany({ data: rows.trainees });
  await tx.placement.createMany({ data: rows.placements });
  await tx.gathering.createMany({ data: rows.gatherings });
  await tx.attendance.createMany({ data: rows.attendances });
  await tx.mentorAssignment.createMany({ data: rows.mentors });
  await tx.checkIn.createMany({ data: rows.checkIns });
  await tx.followUp.createMany({ data: rows.followUps });
  await tx.billableEvent.createMany({ data: rows.billableEvents });
  await tx.auditEvent.createMany({ data: rows.auditEvents });
  await tx.listExemption.createMany({ data: rows.listExemptions });
  await tx.applicantList.createMany({ data: rows.applicantLists });
  // The follow-up question bank starts with the ready-made questions, as on a first read.
  for (const consortium of rows.consortia) await ensureQuestionBank(tx, consortium.id!);
  for (const consortium of rows.consortia) {
    await attachSurveyAnswers(tx, consortium.id!, FOLLOW_UP_COMMENTS[consortium.defaultLocale === "nb" ? "nb" : "sv"]);
  }
  await seedInvoiceLines(tx, rows);
}

function summary(rows: SeedRows): string {
  return TABLE_ORDER.filter((t) => rows[t].length > 0)
    .map((t) => `${rows[t].length} ${t}`)
    .join(", ");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set (the table owner's connection string)");
    process.exit(1);
  }
  const started = performance.now();
  try {
    const rows = await seedDemoData(url);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(rows ? `Demo data written in ${seconds}s: ${summary(rows)}.` : "Demo data already present (a consortium exists); nothing written.");
  } catch (error) {
    console.error("Seeding failed:", error);
    process.exitCode = 1;
  }
}
