import { recordAudit } from "../audit/record";
import { scheduleCheckIns } from "../checkins/schedule";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { insideCohort, spanOn, toDay } from "../placements/rules";
import { isoSpan, lockTrainee, type PlacementActor } from "../placements/service";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import type { outcomeSchema, traineeStatusSchema } from "./schemas";

function audit(tx: Tx, actor: PlacementActor, action: string, traineeId: string, data: Prisma.InputJsonValue) {
  return recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action, targetType: "Trainee", targetId: traineeId, data });
}

/**
 * Marks a trainee completed or dropped out on a date inside the cohort, or back to active. A drop-out
 * ends the placement running that day (its plan kept, the reason recorded) and drops placements
 * that would have started later: they never happened. Reopening schedules missing check-ins again.
 */
export async function setTraineeStatus(tx: Tx, actor: PlacementActor, input: z.output<typeof traineeStatusSchema>) {
  const { consortiumId } = actor;
  const trainee = await lockTrainee(tx, consortiumId, input.traineeId);
  const before = { status: trainee.status };
  if (input.status === "ACTIVE") {
    await tx.trainee.update({ where: { id: trainee.id, consortiumId }, data: { status: "ACTIVE", endedAt: null, dropoutReason: null } });
    await scheduleCheckIns(tx, consortiumId, trainee.cohort.id, [trainee.id]);
    await audit(tx, actor, "trainee.status", trainee.id, { before, after: { status: "ACTIVE" } });
    return;
  }
  const endedAt = toDay(input.endedAt!);
  if (!insideCohort({ startDate: endedAt, endDate: endedAt }, trainee.cohort)) {
    throw new AppError("validation", { endedAt: "trainees.status.dateOutsideCohort" });
  }
  const dropped = input.status === "DROPPED_OUT";
  const reason = dropped ? input.reason! : null;
  await tx.trainee.update({ where: { id: trainee.id, consortiumId }, data: { status: input.status, endedAt, dropoutReason: reason } });
  const cut = dropped ? await endPlacementsOn(tx, consortiumId, trainee.placements, endedAt, reason!) : [];
  await audit(tx, actor, "trainee.status", trainee.id, {
    before,
    after: { status: input.status, endedAt: input.endedAt!, reason },
    placementsEnded: cut,
  });
}

type Held = Awaited<ReturnType<typeof lockTrainee>>["placements"];

async function endPlacementsOn(tx: Tx, consortiumId: string, placements: Held, day: Date, reason: string) {
  const running = spanOn(placements, day);
  if (running && running.endDate > day) {
    await tx.placement.update({
      where: { id: running.id, consortiumId },
      data: { endDate: day, plannedEndDate: running.plannedEndDate ?? running.endDate, endReason: reason },
    });
  }
  const later = placements.filter((p) => p.startDate > day);
  if (later.length) await tx.placement.deleteMany({ where: { consortiumId, id: { in: later.map((p) => p.id) } } });
  return [...(running && running.endDate > day ? [running] : []), ...later].map((p) => ({ id: p.id, employerId: p.employerId, ...isoSpan(p) }));
}

/**
 * The end-of-programme outcome: a job offer from a trainee employer and its answer, other work in
 * the region, where the trainee lives. Follow-up survey answers write the same fields; this is the
 * coordinator's record of what they know.
 */
export async function recordOutcome(tx: Tx, actor: PlacementActor, input: z.output<typeof outcomeSchema>) {
  const { consortiumId } = actor;
  const trainee = await lockTrainee(tx, consortiumId, input.traineeId);
  const { municipalities } = await tx.consortium.findUniqueOrThrow({ where: { id: consortiumId }, select: { municipalities: true } });
  if (input.residence === "REGION" && !municipalities.includes(input.municipality!)) {
    throw new AppError("validation", { municipality: "validation.choice" });
  }
  const residenceMunicipality = input.residence === "REGION" ? input.municipality! : input.residence === "OUTSIDE" ? input.elsewhere! : null;
  const data = {
    offeredJob: input.offeredJob,
    acceptedOffer: input.acceptedOffer,
    otherJobInRegion: input.otherJobInRegion,
    residenceMunicipality,
  };
  const before = await tx.trainee.findFirstOrThrow({
    where: { id: trainee.id, consortiumId },
    select: { offeredJob: true, acceptedOffer: true, otherJobInRegion: true, residenceMunicipality: true },
  });
  await tx.trainee.update({ where: { id: trainee.id, consortiumId }, data });
  await audit(tx, actor, "trainee.outcome", trainee.id, { before, after: data });
}
