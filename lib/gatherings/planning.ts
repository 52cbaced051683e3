import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { zonedToUtc } from "../i18n/zoned-time";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { mailGathering, type GatheringConsortium } from "./notify";
import type { createGatheringSchema, updateGatheringSchema } from "./schemas";
import { findGathering, getCohortOf } from "./service";

export interface GatheringActor {
  consortium: GatheringConsortium;
  userId: string;
}

type Details = Omit<z.output<typeof createGatheringSchema>, "cohortId">;

/** The form's wall-clock dates and times in the consortium's zone as UTC instants. */
function scheduleOf(input: Details, timeZone: string) {
  const startsAt = zonedToUtc(`${input.startDate}T${input.startTime}`, timeZone);
  const endsAt = zonedToUtc(`${input.endDate}T${input.endTime}`, timeZone);
  // Wall-clock order can still collapse on the night clocks go back.
  if (endsAt <= startsAt) throw new AppError("validation", { endTime: "validation.endBeforeStart" });
  return { startsAt, endsAt };
}

function detailsOf(input: Details, timeZone: string) {
  return { title: input.title, type: input.type, place: input.place, agenda: input.agenda ?? null, ...scheduleOf(input, timeZone) };
}

/** Invited trainees of a gathering, as mail recipients. */
export async function invitedTrainees(tx: Tx, consortiumId: string, gatheringId: string) {
  const rows = await tx.attendance.findMany({
    where: { consortiumId, gatheringId },
    select: { trainee: { select: { id: true, name: true, email: true, userId: true } } },
  });
  return rows.map((r) => r.trainee);
}

/** Plans a gathering of one of the consortium's cohorts; nobody is invited yet. */
export async function createGathering(tx: Tx, actor: GatheringActor, input: z.output<typeof createGatheringSchema>) {
  const consortiumId = actor.consortium.id;
  const cohort = await getCohortOf(tx, consortiumId, input.cohortId);
  const gathering = await tx.gathering.create({
    data: { consortiumId, cohortId: cohort.id, ...detailsOf(input, actor.consortium.timeZone) },
    select: { id: true },
  });
  await audit(tx, actor, "gathering.create", gathering.id);
  return { id: gathering.id };
}

/**
 * Changes a gathering. Once invitations have gone out, a new time or place raises the calendar
 * SEQUENCE and mails every invited trainee an update, so the entry in their calendar moves. A new
 * title or agenda alone reaches them through the feed without a mail: a typo fix is not news.
 * Nothing is mailed about a gathering that is over (a correction of the record).
 */
export async function updateGathering(tx: Tx, actor: GatheringActor, input: z.output<typeof updateGatheringSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const current = await findGathering(tx, consortiumId, input.id);
  const details = detailsOf(input, actor.consortium.timeZone);
  const moved =
    current.startsAt.getTime() !== details.startsAt.getTime() ||
    current.endsAt.getTime() !== details.endsAt.getTime() ||
    current.place !== details.place;
  const announce = moved && current.invitedAt !== null;
  const updated = await tx.gathering.update({
    where: { id: current.id, consortiumId },
    data: { ...details, sequence: announce ? { increment: 1 } : undefined },
    select: { id: true, title: true, startsAt: true, endsAt: true, place: true, agenda: true, sequence: true, cohort: { select: { name: true } } },
  });
  await audit(tx, actor, "gathering.update", current.id, { moved, sequence: updated.sequence });
  let mailed = 0;
  if (announce && updated.endsAt > now) {
    mailed = await mailGathering(tx, actor.consortium, updated, "updated", await invitedTrainees(tx, consortiumId, current.id), now);
  }
  return { id: updated.id, mailed };
}

/**
 * Cancels (deletes) a gathering. Invited trainees get a METHOD:CANCEL mail that removes the entry
 * from their calendar. A gathering that has begun, or whose attendance has been taken, took place:
 * it stays, since the attendance rates and the steering group's figures are built on it.
 */
export async function deleteGathering(tx: Tx, actor: GatheringActor, id: string, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const gathering = await findGathering(tx, consortiumId, id);
  // A gathering that has begun took place: cancelling it would mail cancellations for the past.
  if (gathering.startsAt <= now) throw new AppError("gatheringHeld");
  const recorded = await tx.attendance.count({ where: { consortiumId, gatheringId: id, status: { not: "INVITED" } } });
  if (recorded > 0) throw new AppError("gatheringHeld");
  let mailed = 0;
  if (gathering.invitedAt && gathering.endsAt > now) {
    const cancelled = { ...gathering, sequence: gathering.sequence + 1 };
    mailed = await mailGathering(tx, actor.consortium, cancelled, "cancelled", await invitedTrainees(tx, consortiumId, id), now);
  }
  await tx.gathering.deleteMany({ where: { id, consortiumId } });
  await audit(tx, actor, "gathering.delete", id, { title: gathering.title, startsAt: gathering.startsAt.toISOString() });
  return { cohortId: gathering.cohortId, mailed };
}

export function audit(tx: Tx, actor: GatheringActor, action: string, targetId: string, data?: Prisma.InputJsonValue) {
  return recordAudit(tx, { consortiumId: actor.consortium.id, actorUserId: actor.userId, action, targetType: "Gathering", targetId, data });
}
