import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { hasStarted, insideCohort, spansOverlap, toDay, type Span } from "./rules";
import { todayIn } from "../i18n/zoned-time";
import type { addPlacementSchema, updatePlacementSchema } from "./schemas";

export interface PlacementActor {
  consortiumId: string;
  userId: string;
  /** The consortium's zone: "today" (has a placement started?) is its wall-clock date. */
  timeZone: string;
}

const PLACEMENT_FIELDS = { id: true, employerId: true, startDate: true, endDate: true, plannedEndDate: true, endReason: true } satisfies Prisma.PlacementSelect;

/**
 * Locks the trainee's row for the rest of the transaction: every change to a trainee's placements
 * takes this lock first, so two edits at once run one after the other and the second sees the
 * first's placements when it checks for overlaps. A trainee of another consortium is a 404.
 */
export async function lockTrainee(tx: Tx, consortiumId: string, traineeId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Trainee" WHERE id = ${traineeId} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  if (!locked.length) throw new AppError("notFound");
  return tx.trainee.findFirstOrThrow({
    where: { id: traineeId, consortiumId },
    select: {
      id: true,
      status: true,
      cohort: { select: { id: true, startDate: true, endDate: true } },
      placements: { select: PLACEMENT_FIELDS, orderBy: { startDate: "asc" } },
    },
  });
}

/** The locked trainee, when their placements may still change: only while they are in the programme. */
export async function lockActiveTrainee(tx: Tx, consortiumId: string, traineeId: string) {
  const trainee = await lockTrainee(tx, consortiumId, traineeId);
  if (trainee.status !== "ACTIVE") throw new AppError("traineeEnded");
  return trainee;
}

/**
 * The employers of new placements: this consortium's, and still members. One that has left keeps
 * the placements it had (`kept`: a placement being changed may stay where it is), but gets no new ones.
 */
export async function assertEmployers(tx: Tx, consortiumId: string, employerIds: string[], kept: string[] = []) {
  const ids = [...new Set(employerIds)];
  const found = await tx.employer.findMany({ where: { consortiumId, id: { in: ids } }, select: { id: true, status: true } });
  if (found.length !== ids.length) throw new AppError("notFound");
  if (found.some((e) => e.status === "LEFT" && !kept.includes(e.id))) throw new AppError("validation", { employerId: "validation.employerLeft" });
}

/** A span must lie inside the cohort and clear every other placement of the trainee. */
export function assertFits(span: Span, cohort: Span, others: Span[]) {
  if (!insideCohort(span, cohort)) throw new AppError("placementOutsideCohort");
  if (others.some((other) => spansOverlap(other, span))) throw new AppError("placementOverlap");
}

async function placementOf(tx: Tx, consortiumId: string, placementId: string) {
  const placement = await tx.placement.findFirst({ where: { id: placementId, consortiumId }, select: { traineeId: true } });
  if (!placement) throw new AppError("notFound");
  return placement;
}

export async function addPlacement(tx: Tx, actor: PlacementActor, input: z.output<typeof addPlacementSchema>) {
  const { consortiumId } = actor;
  const trainee = await lockActiveTrainee(tx, consortiumId, input.traineeId);
  await assertEmployers(tx, consortiumId, [input.employerId]);
  const span = { startDate: toDay(input.startDate), endDate: toDay(input.endDate) };
  assertFits(span, trainee.cohort, trainee.placements);
  const placement = await tx.placement.create({ data: { consortiumId, traineeId: trainee.id, employerId: input.employerId, ...span } });
  await audit(tx, actor, "placement.add", placement.id, { traineeId: trainee.id, employerId: input.employerId, ...isoSpan(span) });
  return { id: placement.id };
}

/** Corrects a placement's employer or dates, under the same rules as a new one. */
export async function updatePlacement(tx: Tx, actor: PlacementActor, input: z.output<typeof updatePlacementSchema>) {
  const { consortiumId } = actor;
  const { traineeId } = await placementOf(tx, consortiumId, input.placementId);
  const trainee = await lockActiveTrainee(tx, consortiumId, traineeId);
  const current = trainee.placements.find((p) => p.id === input.placementId);
  // Removed by someone else while this edit waited for the lock.
  if (!current) throw new AppError("notFound");
  await assertEmployers(tx, consortiumId, [input.employerId], [current.employerId]);
  const span = { startDate: toDay(input.startDate), endDate: toDay(input.endDate) };
  assertFits(span, trainee.cohort, trainee.placements.filter((p) => p.id !== current.id));
  await tx.placement.update({ where: { id: current.id, consortiumId }, data: { employerId: input.employerId, ...span } });
  await audit(tx, actor, "placement.update", current.id, {
    before: { employerId: current.employerId, ...isoSpan(current) },
    after: { employerId: input.employerId, ...isoSpan(span) },
  });
  return { id: current.id };
}

/** Only a placement that has not started can go: one that has is history (end it by a move). */
export async function removePlacement(tx: Tx, actor: PlacementActor, placementId: string, now = new Date()) {
  const { consortiumId } = actor;
  const { traineeId } = await placementOf(tx, consortiumId, placementId);
  const trainee = await lockActiveTrainee(tx, consortiumId, traineeId);
  const current = trainee.placements.find((p) => p.id === placementId);
  if (!current) throw new AppError("notFound");
  if (hasStarted(current, todayIn(actor.timeZone, now))) throw new AppError("placementStarted");
  await tx.placement.deleteMany({ where: { id: placementId, consortiumId } });
  await audit(tx, actor, "placement.remove", placementId, { traineeId, employerId: current.employerId, ...isoSpan(current) });
}

export function isoSpan(span: Span) {
  return { startDate: span.startDate.toISOString().slice(0, 10), endDate: span.endDate.toISOString().slice(0, 10) };
}

export function audit(tx: Tx, actor: PlacementActor, action: string, targetId: string, data: Prisma.InputJsonValue, targetType = "Placement") {
  return recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action, targetType, targetId, data });
}
