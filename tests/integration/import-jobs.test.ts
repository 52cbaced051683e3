import { beforeAll, describe, expect, it } from "vitest";
import { scheduleCheckIns } from "@/lib/checkins/schedule";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { runImportAction } from "@/lib/import/actions";
import { eraseExpiredApplicants } from "@/lib/retention/job";
import { sendEmployerSurveysAction, sendSurveysAction } from "@/lib/surveys/actions";
import { sendDueSurveys } from "@/lib/surveys/job";
import { createTenant, createTraineeIn, type TenantFixture } from "../support/fixtures";
import { csvFile, traineeRow, traineesCsv } from "../support/imports";

// No background job ever acts on imported history: a cohort imported with an end two days ago
// would be due its END survey (and its employers theirs) like a live one, which here gets them.
const db = systemDb();
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("jobs leave imported cohorts alone", () => {
  let t: TenantFixture;
  let imported: { cohortId: string; traineeIds: string[] };
  let liveCohortId: string;

  beforeAll(async () => {
    t = await createTenant("import-jobs");
    const end = new Date(Date.now() - 2 * DAY);
    const start = new Date(end.getTime() - 364 * DAY);
    const fixtureOrg = (await db.employer.findUniqueOrThrow({ where: { id: t.employerId } })).orgNumber!;
    const cohort = { cohort: "Imported recently", cohort_start: iso(start), cohort_end: iso(end), employer: "Host", employer_org_number: fixtureOrg, employer_sector: "private" };
    const rows = [traineeRow({ ...cohort, trainee_email: "imp1@example.se" }), traineeRow({ ...cohort, trainee_name: "Bo", trainee_email: "imp2@example.se", completed: "unknown" })];
    const result = await runImportAction.runAs(t.users.COORDINATOR, t.slug, { trainees: csvFile(traineesCsv(rows)) });
    expect(result.ok).toBe(true);
    const row = await db.cohort.findFirstOrThrow({ where: { consortiumId: t.id, name: "Imported recently" }, include: { trainees: true } });
    imported = { cohortId: row.id, traineeIds: row.trainees.map((x) => x.id) };
    // A live cohort that ended the same day: the control that shows the jobs do run.
    const live = await db.cohort.create({
      data: { consortiumId: t.id, name: "Live recently", startDate: new Date(iso(start)), endDate: new Date(iso(end)), programmeMonths: 12, status: "FINISHED" },
    });
    liveCohortId = live.id;
    await createTraineeIn(t, live.id);
  });

  it("the survey job sends the live cohort its surveys and the imported one none", async () => {
    const run = await sendDueSurveys({ consortiumId: t.id });
    expect(run).toMatchObject({ trainees: 1, employers: 1 });
    expect(await db.followUp.count({ where: { traineeId: { in: imported.traineeIds }, sentAt: { not: null } } })).toBe(0);
    expect(await db.employerFollowUp.count({ where: { cohortId: imported.cohortId } })).toBe(0);
    expect(await db.employerFollowUp.count({ where: { cohortId: liveCohortId } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: { in: ["imp1@example.se", "imp2@example.se"] } } })).toBe(0);
  });

  it("no reminder goes to an imported trainee, even for a follow-up that looks sent", async () => {
    const sentAt = new Date(Date.now() - 8 * DAY);
    await db.followUp.update({
      where: { traineeId_wave: { traineeId: imported.traineeIds[0], wave: "END" } },
      data: { tokenHash: `fake-${imported.traineeIds[0]}`, sentAt, expiresAt: new Date(Date.now() + 30 * DAY), email: "imp1@example.se" },
    });
    await sendDueSurveys({ consortiumId: t.id });
    const survey = await db.followUp.findUniqueOrThrow({ where: { traineeId_wave: { traineeId: imported.traineeIds[0], wave: "END" } } });
    expect(survey.remindedAt).toBeNull();
    expect(await db.outboxEmail.count({ where: { to: "imp1@example.se" } })).toBe(0);
  });

  it("a coordinator cannot send an imported cohort a survey by hand either", async () => {
    const trainees = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: imported.cohortId, wave: "END" });
    expect(trainees).toMatchObject({ ok: false, error: "notFound" });
    const employers = await sendEmployerSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: imported.cohortId });
    expect(employers).toMatchObject({ ok: false, error: "notFound" });
    expect(await db.outboxEmail.count({ where: { to: { in: ["imp1@example.se", "imp2@example.se"] } } })).toBe(0);
  });

  it("check-ins are never scheduled for an imported cohort, even for a trainee still marked active", async () => {
    await withTenant(t.id, null, (tx) => scheduleCheckIns(tx, t.id, imported.cohortId));
    expect(await db.checkIn.count({ where: { traineeId: { in: imported.traineeIds } } })).toBe(0);
    expect(await db.trainee.count({ where: { id: { in: imported.traineeIds }, status: "ACTIVE" } })).toBe(1);
  });

  it("the retention job does not touch an imported campaign, however old", async () => {
    await eraseExpiredApplicants({ consortiumId: t.id, now: new Date(Date.now() + 10 * 365 * DAY) });
    const campaign = await db.campaign.findFirstOrThrow({ where: { cohortId: imported.cohortId } });
    expect(campaign.erasedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { consortiumId: t.id, action: "campaign.erased", targetId: campaign.id } })).toBe(0);
  });
});
