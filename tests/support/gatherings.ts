import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { addMember, createRunningCohort, createTraineeIn, type TenantFixture } from "./fixtures";

// Gathering fixtures shared by the integration tests and the authorization matrix.
const DAY = 86_400_000;

/** A date `days` from today as the form sends it (YYYY-MM-DD). */
export const formDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** The planning form's fields: a one-day course a month ahead unless told otherwise. */
export const gatheringFields = (overrides: Record<string, unknown> = {}) => ({
  title: `Ledarskap ${randomUUID().slice(0, 4)}`,
  type: "COURSE",
  startDate: formDate(30),
  startTime: "09:00",
  endDate: formDate(30),
  endTime: "16:00",
  place: "Karlstads CCC, sal 3",
  agenda: "Förmiddag: att leda sig själv.\nEftermiddag: feedback.",
  ...overrides,
});

/**
 * A gathering of the fixture's running cohort, made directly: a week ahead, or (started) since
 * yesterday, so that attendance may be taken. `invite` gets INVITED rows.
 */
export async function gatheringIn(t: TenantFixture, options: { started?: boolean; invite?: string[] } = {}) {
  const startsAt = new Date(Date.now() + (options.started ? -DAY : 7 * DAY));
  const gathering = await systemDb().gathering.create({
    data: {
      consortiumId: t.id,
      cohortId: t.cohortId,
      title: "Företagsbesök",
      type: "COMPANY_VISIT",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * DAY),
      place: "Stora Enso, Skoghall",
      invitedAt: options.invite?.length ? new Date() : null,
      attendances: { create: (options.invite ?? []).map((traineeId) => ({ consortiumId: t.id, traineeId })) },
    },
  });
  return gathering.id;
}

/**
 * A running cohort of its own with three active trainees (Anna has an account set to English; Bo
 * and Cia have none, so they get the consortium's language) and Dan, who dropped out.
 */
export async function cohortWithTrainees(t: TenantFixture) {
  const cohortId = await createRunningCohort(t.id);
  const english = await addMember(t.id, "TRAINEE", null, "english");
  await systemDb().user.update({ where: { id: english.id }, data: { locale: "en" } });
  const anna = await createTraineeIn(t, cohortId, english, "Anna Berg");
  const bo = await createTraineeIn(t, cohortId, null, "Bo Ek");
  const cia = await createTraineeIn(t, cohortId, null, "Cia Dahl");
  const left = await createTraineeIn(t, cohortId, null, "Dan Lind");
  await systemDb().trainee.update({ where: { id: left }, data: { status: "DROPPED_OUT", endedAt: new Date() } });
  const emailOf = async (id: string) => (await systemDb().trainee.findUniqueOrThrow({ where: { id } })).email!;
  return { cohortId, anna, bo, cia, left, english, emailOf };
}

/** A gathering row and its invitations, to show that a refused step changed nothing. */
export async function gatheringSnapshot(gatheringId: string) {
  return {
    gathering: await systemDb().gathering.findUnique({ where: { id: gatheringId } }),
    attendances: await systemDb().attendance.findMany({ where: { gatheringId }, orderBy: { traineeId: "asc" } }),
  };
}
