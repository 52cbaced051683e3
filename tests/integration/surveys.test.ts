import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { hashToken } from "@/lib/people/tokens";
import { sendDueSurveys } from "@/lib/surveys/job";
import { readSnapshot } from "@/lib/surveys/types";
import { addMember, createTenant, createTraineeIn, monthsFromToday, type TenantFixture } from "../support/fixtures";
import { createAlumnus, createEndedCohort, sendSurveyTo } from "../support/surveys";

// The automatic survey job: who gets which wave when, the employers' survey, running twice at
// once, the one reminder. Each test has a consortium of its own so counts are its own.
const DAY = 86_400_000;
const db = systemDb();

/** The survey links mailed to `email`, as tokens. */
async function linksTo(email: string) {
  const mails = await db.outboxEmail.findMany({ where: { to: email, template: "survey" }, orderBy: { createdAt: "asc" } });
  return mails.map((m) => m.text.match(/\/survey\/([A-Za-z0-9_-]{43})/)?.[1]);
}

async function endedAgo(t: TenantFixture, days: number) {
  const cohortId = await createEndedCohort(t.id, 0);
  const endDate = new Date(Date.now() - days * DAY);
  await db.cohort.update({ where: { id: cohortId }, data: { endDate: new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth(), endDate.getUTCDate())) } });
  return cohortId;
}

describe("the END wave goes out by itself at the cohort's end", () => {
  let t: TenantFixture;
  let cohortId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTenant("surv-end");
    cohortId = await endedAgo(t, 2);
    ids.completed = await createAlumnus(t, cohortId);
    ids.lateDropout = await createAlumnus(t, cohortId, false);
    ids.earlyDropout = await createAlumnus(t, cohortId);
    ids.noEmail = await createAlumnus(t, cohortId);
    const end = (await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).endDate;
    await db.trainee.update({ where: { id: ids.lateDropout }, data: { status: "DROPPED_OUT", endedAt: new Date(end.getTime() - 30 * DAY) } });
    await db.trainee.update({ where: { id: ids.earlyDropout }, data: { status: "DROPPED_OUT", endedAt: new Date(end.getTime() - 200 * DAY) } });
    await db.trainee.update({ where: { id: ids.noEmail }, data: { email: null } });
    // A second host employer without any contact person: skipped, not an error.
    const lonely = await db.employer.create({
      data: { consortiumId: t.id, name: "Lonely AB", orgNumber: "556000-0001", sector: "PRIVATE", sizeBand: "FROM_10_TO_49", municipality: "Arvika", memberSince: new Date("2024-01-01") },
    });
    await createTraineeIn({ id: t.id, employerId: lonely.id }, cohortId);
  });

  it("sends each trainee who saw the year through one survey with a personal link, and each host employer with a contact one", async () => {
    const run = await sendDueSurveys({ consortiumId: t.id });
    expect(run).toMatchObject({ trainees: 3, employers: 1, reminders: 0 });
    const surveys = await db.followUp.findMany({ where: { consortiumId: t.id }, include: { trainee: true } });
    expect(surveys.map((s) => s.traineeId).sort()).toEqual(expect.arrayContaining([ids.completed, ids.lateDropout]));
    expect(surveys.map((s) => s.traineeId)).not.toContain(ids.earlyDropout);
    expect(surveys.map((s) => s.traineeId)).not.toContain(ids.noEmail);
    const mine = surveys.find((s) => s.traineeId === ids.completed)!;
    expect(mine).toMatchObject({ wave: "END", email: mine.trainee.email, answeredAt: null, remindedAt: null });
    expect(mine.expiresAt!.getTime() - mine.sentAt!.getTime()).toBe(60 * DAY);
    const keys = readSnapshot(mine.questions).map((q) => q.key);
    expect(keys).toEqual(expect.arrayContaining(["residence", "works_in_region", "offered_job", "accepted_offer", "scale_courses"]));
    // The mail carries the token; only its hash is stored.
    const [token] = await linksTo(mine.trainee.email!);
    expect(token).toBeTruthy();
    expect(hashToken(token!)).toBe(mine.tokenHash);
    expect(JSON.stringify(mine)).not.toContain(token);

    const employer = await db.employerFollowUp.findMany({ where: { consortiumId: t.id } });
    expect(employer).toHaveLength(1);
    expect(employer[0]).toMatchObject({ employerId: t.employerId, email: t.users.EMPLOYER.email, cohortId });
    expect(readSnapshot(employer[0].questions).map((q) => q.key)).toContain("employer_continue");
    expect(await linksTo(t.users.EMPLOYER.email)).toHaveLength(1);
  });

  it("run again, twice at once, sends nothing more", async () => {
    const runs = await Promise.all([sendDueSurveys({ consortiumId: t.id }), sendDueSurveys({ consortiumId: t.id })]);
    expect(runs.map((r) => r.trainees + r.employers)).toEqual([0, 0]);
    expect(await db.followUp.count({ where: { consortiumId: t.id } })).toBe(3);
    const trainee = await db.trainee.findUniqueOrThrow({ where: { id: ids.completed } });
    expect(await linksTo(trainee.email!)).toHaveLength(1);
  });
});

describe("running the job twice at the same moment", () => {
  it("makes one survey and one mail per trainee and employer", async () => {
    const t = await createTenant("surv-race");
    const cohortId = await endedAgo(t, 1);
    const trainees = await Promise.all([createAlumnus(t, cohortId), createAlumnus(t, cohortId), createAlumnus(t, cohortId)]);
    await addMember(t.id, "EMPLOYER", t.employerId, "surv-race-2");
    const runs = await Promise.all([sendDueSurveys({ consortiumId: t.id }), sendDueSurveys({ consortiumId: t.id })]);
    expect(runs.reduce((n, r) => n + r.trainees, 0)).toBe(3);
    expect(runs.reduce((n, r) => n + r.employers, 0)).toBe(1);
    expect(await db.followUp.count({ where: { traineeId: { in: trainees } } })).toBe(3);
    for (const id of trainees) {
      const trainee = await db.trainee.findUniqueOrThrow({ where: { id } });
      expect(await linksTo(trainee.email!)).toHaveLength(1);
    }
    // Both contacts of the employer get the one employer survey's link.
    expect(await db.outboxEmail.count({ where: { consortiumId: t.id, template: "survey", to: { not: { endsWith: "trainee.test.example" } } } })).toBe(2);
  });
});

describe("later waves and the sending window", () => {
  it("sends YEAR_1 a year after the end only to those who consented and did not withdraw", async () => {
    const t = await createTenant("surv-y1");
    const cohortId = await createEndedCohort(t.id, 0);
    await db.cohort.update({ where: { id: cohortId }, data: { endDate: monthsFromToday(-12) } });
    const consenting = await createAlumnus(t, cohortId);
    const never = await createAlumnus(t, cohortId, false);
    const withdrawn = await createAlumnus(t, cohortId);
    await db.trainee.update({ where: { id: withdrawn }, data: { alumniConsentAt: null, alumniConsentWithdrawnAt: new Date() } });
    const run = await sendDueSurveys({ consortiumId: t.id, now: new Date(Date.now() + DAY) });
    expect(run.trainees).toBe(1);
    const surveys = await db.followUp.findMany({ where: { consortiumId: t.id } });
    expect(surveys.map((s) => [s.traineeId, s.wave])).toEqual([[consenting, "YEAR_1"]]);
    expect(surveys.map((s) => s.traineeId)).not.toContain(never);
    // YEAR_1 leaves out the questions about the programme year itself.
    expect(readSnapshot(surveys[0].questions).map((q) => q.key)).not.toContain("offered_job");
  });

  it("leaves a wave missed by more than 30 days to the coordinator", async () => {
    const t = await createTenant("surv-late");
    const cohortId = await endedAgo(t, 45);
    await createAlumnus(t, cohortId);
    expect(await sendDueSurveys({ consortiumId: t.id })).toMatchObject({ trainees: 0, employers: 0 });
  });
});

describe("the one reminder", () => {
  it("goes once, a week after sending, to surveys unanswered and still open", async () => {
    const t = await createTenant("surv-remind");
    const cohortId = await createEndedCohort(t.id, 3);
    const [due, answered, expired, fresh, withdrew] = await Promise.all([1, 2, 3, 4, 5].map(() => createAlumnus(t, cohortId)));
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    await sendSurveyTo(t.id, due, "END", eightDaysAgo);
    const a = await sendSurveyTo(t.id, answered, "END", eightDaysAgo);
    await db.followUp.update({ where: { id: a.id }, data: { answeredAt: new Date() } });
    await sendSurveyTo(t.id, expired, "END", new Date(Date.now() - 61 * DAY));
    await sendSurveyTo(t.id, fresh, "END", new Date(Date.now() - 3 * DAY));
    await sendSurveyTo(t.id, withdrew, "YEAR_1", eightDaysAgo);
    await db.trainee.update({ where: { id: withdrew }, data: { alumniConsentAt: null, alumniConsentWithdrawnAt: new Date() } });

    const runs = await Promise.all([sendDueSurveys({ consortiumId: t.id }), sendDueSurveys({ consortiumId: t.id })]);
    expect(runs.reduce((n, r) => n + r.reminders, 0)).toBe(1);
    const reminded = await db.followUp.findMany({ where: { consortiumId: t.id, remindedAt: { not: null } } });
    expect(reminded.map((f) => f.traineeId)).toEqual([due]);
    const email = (await db.trainee.findUniqueOrThrow({ where: { id: due } })).email!;
    const links = await linksTo(email);
    // The reminder carries the same link as the first mail.
    expect(links).toHaveLength(2);
    expect(links[1]).toBe(links[0]);
    expect((await sendDueSurveys({ consortiumId: t.id })).reminders).toBe(0);
  });
});
