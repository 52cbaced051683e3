import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { sendEmployerSurveysAction, sendSurveysAction } from "@/lib/surveys/actions";
import { createTenant, createTraineeIn, type TenantFixture } from "../support/fixtures";
import { createAlumnus, createEndedCohort } from "../support/surveys";

// Sending by hand from the surveys page: a wave to a cohort or one trainee, the employers' survey.
const db = systemDb();
let t: TenantFixture;

beforeAll(async () => {
  t = await createTenant("surv-hand");
});

const surveysOf = (traineeIds: string[]) => db.followUp.findMany({ where: { traineeId: { in: traineeIds } }, orderBy: { traineeId: "asc" } });

describe("sending a wave by hand", () => {
  it("sends the END survey to the cohort, then only to those still without it", async () => {
    const cohortId = await createEndedCohort(t.id, 4);
    const [a, b] = [await createAlumnus(t, cohortId), await createAlumnus(t, cohortId)];
    const noEmail = await createAlumnus(t, cohortId);
    await db.trainee.update({ where: { id: noEmail }, data: { email: null } });
    const first = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, wave: "END", traineeId: a });
    expect(first).toEqual({ ok: true, data: { sent: 1, alreadySent: 0, noEmail: 0, noConsent: 0, noContact: [] } });
    const all = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, wave: "END" });
    expect(all).toEqual({ ok: true, data: { sent: 1, alreadySent: 1, noEmail: 1, noConsent: 0, noContact: [] } });
    expect((await surveysOf([a, b, noEmail])).map((s) => s.wave)).toEqual(["END", "END"]);
    const audit = await db.auditEvent.findMany({ where: { consortiumId: t.id, action: "survey.sent", targetId: cohortId } });
    expect(audit).toHaveLength(2);
  });

  it("twice at once makes one survey and one mail each", async () => {
    const cohortId = await createEndedCohort(t.id, 1);
    const trainees = [await createAlumnus(t, cohortId), await createAlumnus(t, cohortId)];
    const results = await Promise.all([
      sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, wave: "END" }),
      sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, wave: "END" }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const sent = results.map((r) => (r.ok ? r.data.sent : -1));
    expect(sent[0] + sent[1]).toBe(2);
    expect(await surveysOf(trainees)).toHaveLength(2);
    for (const id of trainees) {
      const { email } = await db.trainee.findUniqueOrThrow({ where: { id } });
      expect(await db.outboxEmail.count({ where: { to: email!, template: "survey" } })).toBe(1);
    }
  });

  it("refuses a later wave to one trainee without alumni consent, and sends nothing", async () => {
    const cohortId = await createEndedCohort(t.id, 13);
    const without = await createAlumnus(t, cohortId, false);
    const result = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, wave: "YEAR_1", traineeId: without });
    expect(result).toMatchObject({ ok: false, error: "noAlumniConsent" });
    expect(await surveysOf([without])).toEqual([]);
    // For the whole cohort, those without consent are counted, not mailed.
    const withConsent = await createAlumnus(t, cohortId);
    const all = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId, wave: "YEAR_1" });
    expect(all).toMatchObject({ ok: true, data: { sent: 1, noConsent: 1 } });
    expect((await surveysOf([without, withConsent])).map((s) => s.traineeId)).toEqual([withConsent]);
  });

  it("refuses a wave before its day, and a trainee of another cohort, sending nothing", async () => {
    const running = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: t.cohortId, wave: "END" });
    expect(running).toMatchObject({ ok: false, error: "validation", fieldErrors: { wave: "surveys.send.notDue" } });
    const ended = await createEndedCohort(t.id, 2);
    const tooEarly = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: ended, wave: "YEAR_3" });
    expect(tooEarly).toMatchObject({ ok: false, error: "validation", fieldErrors: { wave: "surveys.send.notDue" } });
    const elsewhere = await sendSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: ended, wave: "END", traineeId: t.traineeId });
    expect(elsewhere).toMatchObject({ ok: false, error: "notFound" });
    expect(await surveysOf([t.traineeId])).toEqual([]);
  });
});

describe("sending the employers' survey by hand", () => {
  it("sends one per host employer with a contact and names those without", async () => {
    const cohortId = await createEndedCohort(t.id, 1);
    await createAlumnus(t, cohortId);
    const lonely = await db.employer.create({
      data: { consortiumId: t.id, name: "Nobody Home AB", orgNumber: "556000-0002", sector: "PRIVATE", sizeBand: "FROM_10_TO_49", municipality: "Arvika", memberSince: new Date("2024-01-01") },
    });
    await createTraineeIn({ id: t.id, employerId: lonely.id }, cohortId);
    const first = await sendEmployerSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId });
    expect(first).toMatchObject({ ok: true, data: { sent: 1, alreadySent: 0, noContact: ["Nobody Home AB"] } });
    const again = await sendEmployerSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId });
    expect(again).toMatchObject({ ok: true, data: { sent: 0, alreadySent: 1 } });
    expect(await db.employerFollowUp.count({ where: { cohortId } })).toBe(1);
  });

  it("is refused before the cohort has ended", async () => {
    const result = await sendEmployerSurveysAction.runAs(t.users.COORDINATOR, t.slug, { cohortId: t.cohortId });
    expect(result).toMatchObject({ ok: false, error: "validation" });
    expect(await db.employerFollowUp.count({ where: { cohortId: t.cohortId } })).toBe(0);
  });
});
