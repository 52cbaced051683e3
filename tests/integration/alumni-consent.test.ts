import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteMyData } from "@/lib/applications/account";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { eraseApplicant } from "@/lib/retention/erase";
import { setAlumniConsentAction } from "@/lib/surveys/actions";
import { sendDueSurveys } from "@/lib/surveys/job";
import { addMember, createTenant, createTraineeIn, monthsFromToday, type TenantFixture } from "../support/fixtures";
import { createEndedCohort, sendSurveyTo } from "../support/surveys";

// Item 9: consent to follow-up contact is the trainee's own, separate from the application's, and
// it outlives the erasure of their applicant data.
const db = systemDb();
let t: TenantFixture;

beforeAll(async () => {
  t = await createTenant("alumni");
});

describe("alumni consent", () => {
  it("the trainee withdraws and gives it again; each change is audited; another trainee's record is never touched", async () => {
    const bystander = await createTraineeIn({ id: t.id, employerId: t.employerId }, t.cohortId);
    const withdrawn = await setAlumniConsentAction.runAs(t.users.TRAINEE, t.slug, { consent: false });
    expect(withdrawn).toEqual({ ok: true, data: { consent: false } });
    let me = await db.trainee.findUniqueOrThrow({ where: { id: t.traineeId } });
    expect(me.alumniConsentAt).toBeNull();
    expect(me.alumniConsentWithdrawnAt).toBeInstanceOf(Date);

    // Asking again for what is already so changes and audits nothing.
    await setAlumniConsentAction.runAs(t.users.TRAINEE, t.slug, { consent: false });
    expect(await setAlumniConsentAction.runAs(t.users.TRAINEE, t.slug, { consent: true })).toEqual({ ok: true, data: { consent: true } });
    me = await db.trainee.findUniqueOrThrow({ where: { id: t.traineeId } });
    expect(me.alumniConsentAt).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findMany({ where: { consortiumId: t.id, targetId: t.traineeId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["trainee.alumniConsent.withdrawn", "trainee.alumniConsent.given"]);
    expect((await db.trainee.findUniqueOrThrow({ where: { id: bystander } })).alumniConsentWithdrawnAt).toBeNull();
  });

  it("a trainee member without a trainee record gets notFound", async () => {
    const stray = await addMember(t.id, "TRAINEE", null, "alumni-stray");
    expect(await setAlumniConsentAction.runAs(stray, t.slug, { consent: true })).toMatchObject({ ok: false, error: "notFound" });
  });

  it("after withdrawing, the survey a year on is not sent", async () => {
    const user = await addMember(t.id, "TRAINEE", null, "alumni-y1");
    const cohortId = await createEndedCohort(t.id, 0);
    await db.cohort.update({ where: { id: cohortId }, data: { endDate: monthsFromToday(-12) } });
    const traineeId = await createTraineeIn({ id: t.id, employerId: t.employerId }, cohortId, user);
    await setAlumniConsentAction.runAs(user, t.slug, { consent: false });
    await sendDueSurveys({ consortiumId: t.id, now: new Date(Date.now() + 86_400_000) });
    expect(await db.followUp.count({ where: { traineeId } })).toBe(0);
    await setAlumniConsentAction.runAs(user, t.slug, { consent: true });
    await sendDueSurveys({ consortiumId: t.id, now: new Date(Date.now() + 86_400_000) });
    expect(await db.followUp.findMany({ where: { traineeId }, select: { wave: true } })).toEqual([{ wave: "YEAR_1" }]);
  });
});

/** A hired person: an account with the TRAINEE role, their applicant row and application, and the trainee linked to both. */
async function hiredPerson() {
  const user = await addMember(t.id, "TRAINEE", null, "alumni-hired");
  const applicant = await db.applicant.create({
    data: {
      consortiumId: t.id, userId: user.id, firstName: "Hedda", lastName: `Hired${randomUUID().slice(0, 4)}`, email: user.email,
      educationLevel: "MASTER", field: "Ekonomi", university: "Karlstads universitet", graduationYear: 2024, ties: ["STUDIED"], processingConsentAt: new Date(),
    },
  });
  await db.application.create({ data: { consortiumId: t.id, applicantId: applicant.id, campaignId: t.campaignId, stage: "HIRED", submittedAt: new Date() } });
  const traineeId = await createTraineeIn({ id: t.id, employerId: t.employerId }, await createEndedCohort(t.id, 2), user);
  await db.trainee.update({ where: { id: traineeId }, data: { applicantId: applicant.id } });
  const survey = await sendSurveyTo(t.id, traineeId);
  return { user, applicantId: applicant.id, traineeId, surveyId: survey.id };
}

async function expectAlumnusKept(p: Awaited<ReturnType<typeof hiredPerson>>) {
  expect(await db.applicant.count({ where: { id: p.applicantId } })).toBe(0);
  const trainee = await db.trainee.findUniqueOrThrow({ where: { id: p.traineeId }, include: { followUps: true } });
  expect(trainee.applicantId).toBeNull();
  expect(trainee.alumniConsentAt).toBeInstanceOf(Date);
  expect(trainee.email).toBe(p.user.email);
  expect(trainee.followUps.map((f) => f.id)).toEqual([p.surveyId]);
  expect(await db.membership.count({ where: { consortiumId: t.id, userId: p.user.id, role: "TRAINEE" } })).toBe(1);
}

describe("erasing a hired person's applicant data", () => {
  it("by the retention rule keeps the trainee, its consent and its follow-ups", async () => {
    const p = await hiredPerson();
    await db.$transaction((tx) => eraseApplicant(tx, { consortiumId: t.id, applicantId: p.applicantId }));
    await expectAlumnusKept(p);
  });

  it("by 'delete my data' keeps them too, and the account", async () => {
    const p = await hiredPerson();
    const result = await withTenant(t.id, p.user.id, (tx) => deleteMyData(tx, t.id, p.user.id));
    expect(result.accountDeleted).toBe(false);
    await expectAlumnusKept(p);
  });
});
