import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { todayIn, zonedToUtc } from "../i18n/zoned-time";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { SHARED_CHECKIN_FIELDS } from "../trainees/selects";
import { scheduleCheckIns } from "./schedule";
import type { checkInScheduleSchema, recordCheckInSchema } from "./schemas";

export interface CheckInActor {
  consortium: { id: string; timeZone: string };
  userId: string;
}

export function isOverdue(checkIn: { dueDate: Date; completedAt: Date | null }, today: Date): boolean {
  return !checkIn.completedAt && checkIn.dueDate < today;
}

const LIST_FIELDS = {
  id: true,
  monthOffset: true,
  dueDate: true,
  completedAt: true,
  wellbeing: true,
  trainee: { select: { id: true, name: true, status: true, cohort: { select: { id: true, name: true } } } },
} as const;

/**
 * The check-ins of running cohorts (one cohort when `cohortId` names one of them): open ones of
 * active trainees by due date, done ones newest first, and each cohort's schedule.
 */
export async function listCheckIns(tx: Tx, consortiumId: string, filter: { cohortId?: string } = {}) {
  const cohorts = await tx.cohort.findMany({
    where: { consortiumId, status: "RUNNING" },
    select: { id: true, name: true, startDate: true, endDate: true, checkInMonths: true },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
  });
  const selected = cohorts.find((c) => c.id === filter.cohortId) ?? null;
  const cohortIds = selected ? [selected.id] : cohorts.map((c) => c.id);
  const rows = await tx.checkIn.findMany({
    where: { consortiumId, trainee: { consortiumId, cohortId: { in: cohortIds } } },
    select: LIST_FIELDS,
    orderBy: [{ dueDate: "asc" }, { trainee: { name: "asc" } }, { id: "asc" }],
  });
  const open = rows.filter((r) => !r.completedAt && r.trainee.status === "ACTIVE");
  const done = rows.filter((r) => r.completedAt).sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime());
  return { cohorts, selected, open, done };
}

/** Open check-ins of running cohorts that are overdue or due within `days`: the dashboard's list. */
export function listDueCheckIns(tx: Tx, consortiumId: string, until: Date) {
  return tx.checkIn.findMany({
    where: { consortiumId, completedAt: null, dueDate: { lte: until }, trainee: { consortiumId, status: "ACTIVE", cohort: { status: "RUNNING" } } },
    select: LIST_FIELDS,
    orderBy: [{ dueDate: "asc" }, { trainee: { name: "asc" } }, { id: "asc" }],
    take: 50,
  });
}

/** One check-in with everything the coordinator's form shows, the private note included. */
export async function getCheckIn(tx: Tx, consortiumId: string, checkInId: string) {
  const checkIn = await tx.checkIn.findFirst({
    where: { id: checkInId, consortiumId },
    select: {
      ...SHARED_CHECKIN_FIELDS,
      privateNote: true,
      trainee: {
        select: {
          id: true,
          name: true,
          status: true,
          cohort: { select: { id: true, name: true, startDate: true, endDate: true } },
          placements: { select: { id: true, startDate: true, endDate: true, employer: { select: { name: true } } }, orderBy: { startDate: "asc" } },
        },
      },
    },
  });
  if (!checkIn) throw new AppError("notFound");
  return checkIn;
}

/**
 * Records a held check-in, or corrects one recorded earlier. The day it was held is kept as noon in
 * the consortium's zone, so it reads as the same date wherever it is shown. The audit event names
 * what changed but carries no note: the private one must not travel further than this row.
 */
export async function recordCheckIn(tx: Tx, actor: CheckInActor, input: z.output<typeof recordCheckInSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const existing = await tx.checkIn.findFirst({
    where: { id: input.checkInId, consortiumId },
    select: { id: true, completedAt: true, completedById: true, trainee: { select: { cohort: { select: { startDate: true } } } } },
  });
  if (!existing) throw new AppError("notFound");
  const heldOn = new Date(`${input.heldOn}T00:00:00Z`);
  if (heldOn > todayIn(actor.consortium.timeZone, now)) throw new AppError("validation", { heldOn: "checkIns.record.heldInFuture" });
  if (heldOn < existing.trainee.cohort.startDate) throw new AppError("validation", { heldOn: "checkIns.record.heldBeforeStart" });
  await tx.checkIn.update({
    where: { id: existing.id, consortiumId },
    data: {
      completedAt: zonedToUtc(`${input.heldOn}T12:00`, actor.consortium.timeZone),
      completedById: existing.completedById ?? actor.userId,
      wellbeing: input.wellbeing,
      nextSteps: input.nextSteps ?? null,
      sharedNote: input.sharedNote ?? null,
      privateNote: input.privateNote ?? null,
    },
  });
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: existing.completedAt ? "checkin.update" : "checkin.record",
    targetType: "CheckIn",
    targetId: existing.id,
    data: { heldOn: input.heldOn, wellbeing: input.wellbeing, sharedNote: Boolean(input.sharedNote), privateNote: Boolean(input.privateNote) },
  });
}

/**
 * Sets a cohort's check-in months and brings its trainees' check-ins in line: open ones move to the
 * new dates (or go), done ones stay with their notes (lib/checkins/schedule.ts).
 */
export async function updateCheckInSchedule(tx: Tx, actor: CheckInActor, input: z.output<typeof checkInScheduleSchema>) {
  const consortiumId = actor.consortium.id;
  const cohort = await tx.cohort.findFirst({ where: { id: input.cohortId, consortiumId }, select: { id: true, checkInMonths: true } });
  if (!cohort) throw new AppError("notFound");
  await tx.cohort.update({ where: { id: cohort.id, consortiumId }, data: { checkInMonths: input.months } });
  await scheduleCheckIns(tx, consortiumId, cohort.id);
  await recordAudit(tx, {
    consortiumId,
    actorUserId: actor.userId,
    action: "cohort.checkInSchedule.update",
    targetType: "Cohort",
    targetId: cohort.id,
    data: { from: cohort.checkInMonths, to: input.months },
  });
  return { months: input.months };
}
