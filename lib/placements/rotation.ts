import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { addDays, hasStarted, rotationSpans, spanOn, toDay } from "./rules";
import { todayIn } from "../i18n/zoned-time";
import type { moveTraineeSchema, planRotationSchema } from "./schemas";
import { assertEmployers, assertFits, audit, isoSpan, lockActiveTrainee, type PlacementActor } from "./service";

/**
 * Lays out a rotation (or one employer for the whole programme) from the cohort's start or a
 * chosen date. Placements that have not started are replaced; those that have are history and
 * stay, so the new plan must not run into them.
 */
export async function planRotation(tx: Tx, actor: PlacementActor, input: z.output<typeof planRotationSchema>, now = new Date()) {
  const { consortiumId } = actor;
  const trainee = await lockActiveTrainee(tx, consortiumId, input.traineeId);
  await assertEmployers(tx, consortiumId, input.legs.map((leg) => leg.employerId));
  const start = input.startDate ? toDay(input.startDate) : trainee.cohort.startDate;
  const spans = rotationSpans(start, input.legs, trainee.cohort.endDate);
  const today = todayIn(actor.timeZone, now);
  const started = trainee.placements.filter((p) => hasStarted(p, today));
  const replaced = trainee.placements.filter((p) => !hasStarted(p, today));
  for (const span of spans) assertFits(span, trainee.cohort, started);
  if (replaced.length) await tx.placement.deleteMany({ where: { consortiumId, id: { in: replaced.map((p) => p.id) } } });
  await tx.placement.createMany({ data: spans.map((span) => ({ consortiumId, traineeId: trainee.id, ...span })) });
  await audit(tx, actor, "placement.plan", trainee.id, {
    legs: spans.map((span) => ({ employerId: span.employerId, ...isoSpan(span) })),
    replaced: replaced.map((p) => ({ employerId: p.employerId, ...isoSpan(p) })),
  }, "Trainee");
  return { placements: spans.length, replaced: replaced.length };
}

/**
 * Moves a trainee to another employer from a date: the placement running that day ends the day
 * before (its first planned end kept, the reason recorded) and a new one starts, until the old
 * one's end or a chosen date. Nothing is deleted, so the history shows the move.
 */
export async function moveTrainee(tx: Tx, actor: PlacementActor, input: z.output<typeof moveTraineeSchema>) {
  const { consortiumId } = actor;
  const trainee = await lockActiveTrainee(tx, consortiumId, input.traineeId);
  await assertEmployers(tx, consortiumId, [input.employerId]);
  const from = toDay(input.fromDate);
  const current = spanOn(trainee.placements, from);
  if (!current) throw new AppError("validation", { fromDate: "placements.move.noPlacement" });
  // Moving on a placement's first day would leave it empty: change that placement instead.
  if (current.startDate.getTime() === from.getTime()) throw new AppError("validation", { fromDate: "placements.move.onFirstDay" });
  if (current.employerId === input.employerId) throw new AppError("validation", { employerId: "placements.move.sameEmployer" });
  const span = { startDate: from, endDate: input.endDate ? toDay(input.endDate) : current.endDate };
  assertFits(span, trainee.cohort, trainee.placements.filter((p) => p.id !== current.id));
  await tx.placement.update({
    where: { id: current.id, consortiumId },
    data: { endDate: addDays(from, -1), plannedEndDate: current.plannedEndDate ?? current.endDate, endReason: input.reason },
  });
  const placement = await tx.placement.create({ data: { consortiumId, traineeId: trainee.id, employerId: input.employerId, ...span } });
  await audit(tx, actor, "placement.move", placement.id, {
    traineeId: trainee.id,
    from: { placementId: current.id, employerId: current.employerId },
    to: { employerId: input.employerId, ...isoSpan(span) },
    reason: input.reason,
  });
  return { id: placement.id };
}
