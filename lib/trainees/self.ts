import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { GATHERING_SUMMARY } from "../gatherings/service";
import { AppError } from "../server/errors";
import { calendarFeedPath, ensureCalendarToken } from "./calendar-token";
import { MENTOR_FIELDS, PLACEMENT_FIELDS, SHARED_CHECKIN_FIELDS } from "./selects";

/**
 * The signed-in person's trainee record in this consortium; a person hired twice has two, and
 * their page is about the latest cohort.
 */
export async function findMyTrainee(tx: Tx, consortiumId: string, userId: string) {
  return tx.trainee.findFirst({
    where: { consortiumId, userId },
    select: { id: true, cohortId: true },
    orderBy: [{ cohort: { startDate: "desc" } }, { createdAt: "desc" }],
  });
}

/**
 * The trainee's own page: placements, gatherings with their own attendance, check-in dates with
 * what was shared, mentor and buddy, and what Kohort stores about them. Null when the person has
 * no trainee record here.
 */
export async function getMyProgramme(tx: Tx, consortiumId: string, userId: string) {
  const mine = await findMyTrainee(tx, consortiumId, userId);
  if (!mine) return null;
  const trainee = await tx.trainee.findFirstOrThrow({
    where: { id: mine.id, consortiumId },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      endedAt: true,
      offeredJob: true,
      acceptedOffer: true,
      otherJobInRegion: true,
      residenceMunicipality: true,
      alumniConsentAt: true,
      alumniConsentWithdrawnAt: true,
      createdAt: true,
      cohort: { select: { id: true, name: true, startDate: true, endDate: true } },
      placements: { where: { consortiumId }, select: PLACEMENT_FIELDS, orderBy: { startDate: "asc" } },
      mentors: { where: { consortiumId }, select: MENTOR_FIELDS, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
      checkIns: { where: { consortiumId }, select: SHARED_CHECKIN_FIELDS, orderBy: { dueDate: "asc" } },
    },
  });
  const gatherings = await tx.gathering.findMany({
    where: { consortiumId, cohortId: trainee.cohort.id },
    select: { ...GATHERING_SUMMARY, attendances: { where: { consortiumId, traineeId: trainee.id }, select: { status: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return {
    ...trainee,
    gatherings: gatherings.map(({ attendances, ...g }) => ({ ...g, attendance: attendances[0]?.status ?? null })),
  };
}

export type MyProgramme = NonNullable<Awaited<ReturnType<typeof getMyProgramme>>>;

/** The path of the trainee's calendar feed, made on first use. */
export async function myCalendarFeedPath(tx: Tx, consortium: { id: string; slug: string }, traineeId: string) {
  return calendarFeedPath(consortium.slug, await ensureCalendarToken(tx, consortium.id, traineeId));
}

/** A new secret for the calendar feed: the old URL stops working at once (a leaked link). */
export async function renewMyCalendarToken(tx: Tx, actor: { consortium: { id: string; slug: string }; userId: string }) {
  const mine = await findMyTrainee(tx, actor.consortium.id, actor.userId);
  if (!mine) throw new AppError("notFound");
  const token = await ensureCalendarToken(tx, actor.consortium.id, mine.id, true);
  await recordAudit(tx, { consortiumId: actor.consortium.id, actorUserId: actor.userId, action: "trainee.calendarToken.renew", targetType: "Trainee", targetId: mine.id });
  return { path: calendarFeedPath(actor.consortium.slug, token) };
}
