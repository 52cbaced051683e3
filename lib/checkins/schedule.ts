import { addMonths } from "../retention/rules";
import type { Tx } from "../db/tenant";

export interface CheckInSchedule {
  startDate: Date;
  endDate: Date;
  /** Months after the start; the end-of-programme check-in is always added. */
  checkInMonths: number[];
}

export interface PlannedCheckIn {
  /** null for the end-of-programme check-in. */
  monthOffset: number | null;
  dueDate: Date;
}

/** The cohort's check-in dates: each month offset from the start (never after the end), then the end. */
export function checkInDates(cohort: CheckInSchedule): PlannedCheckIn[] {
  const offsets = [...new Set(cohort.checkInMonths)].filter((m) => m > 0).sort((a, b) => a - b);
  const planned: PlannedCheckIn[] = offsets
    .map((monthOffset) => ({ monthOffset, dueDate: addMonths(cohort.startDate, monthOffset) }))
    .filter((c) => c.dueDate < cohort.endDate);
  return [...planned, { monthOffset: null, dueDate: cohort.endDate }];
}

/**
 * Brings a cohort's open check-ins in line with its schedule: adds the missing ones, moves open
 * ones to their new date, removes open ones no longer scheduled. Done check-ins are never touched,
 * so their notes stay. Pass `traineeIds` to limit it to some trainees (a new hire).
 */
export async function scheduleCheckIns(tx: Tx, consortiumId: string, cohortId: string, traineeIds?: string[]) {
  // Read-then-add must not run twice at once for a cohort (a schedule change during a hire would
  // add the same check-ins twice): the cohort's row lock puts them in line.
  await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ${cohortId} AND "consortiumId" = ${consortiumId} FOR UPDATE`;
  const cohort = await tx.cohort.findFirstOrThrow({
    where: { id: cohortId, consortiumId },
    select: { startDate: true, endDate: true, checkInMonths: true, imported: true },
  });
  // Imported history has no trainee year left to check in on.
  if (cohort.imported) return;
  const planned = checkInDates(cohort);
  const trainees = await tx.trainee.findMany({
    where: { consortiumId, cohortId, status: "ACTIVE", ...(traineeIds ? { id: { in: traineeIds } } : {}) },
    select: { id: true, checkIns: { select: { id: true, monthOffset: true, completedAt: true, dueDate: true } } },
  });
  for (const trainee of trainees) {
    const existing = new Map(trainee.checkIns.map((c) => [c.monthOffset, c]));
    const wanted = new Set(planned.map((p) => p.monthOffset));
    const stale = trainee.checkIns.filter((c) => !c.completedAt && !wanted.has(c.monthOffset)).map((c) => c.id);
    if (stale.length) await tx.checkIn.deleteMany({ where: { consortiumId, id: { in: stale } } });
    const missing = planned.filter((p) => !existing.has(p.monthOffset));
    if (missing.length) {
      await tx.checkIn.createMany({ data: missing.map((p) => ({ consortiumId, traineeId: trainee.id, ...p })) });
    }
    for (const p of planned) {
      const current = existing.get(p.monthOffset);
      if (current && !current.completedAt && current.dueDate.getTime() !== p.dueDate.getTime()) {
        await tx.checkIn.update({ where: { id: current.id, consortiumId }, data: { dueDate: p.dueDate } });
      }
    }
  }
}
