import { todayIn } from "../i18n/zoned-time";
import type { Tx } from "../db/tenant";
import { findMyTrainee } from "../trainees/self";

/**
 * A trainee's first view: their cohort, where they are placed now (or next), the next gathering
 * and the next check-in. Null when the person has no trainee record here.
 */
export async function loadTraineeDashboard(tx: Tx, consortiumId: string, userId: string, timeZone: string, now = new Date()) {
  const mine = await findMyTrainee(tx, consortiumId, userId);
  if (!mine) return null;
  const today = todayIn(timeZone, now);
  const [trainee, placement, gathering, checkIn] = await Promise.all([
    tx.trainee.findFirstOrThrow({
      where: { id: mine.id, consortiumId },
      select: { name: true, status: true, cohort: { select: { name: true, startDate: true, endDate: true } } },
    }),
    tx.placement.findFirst({
      where: { consortiumId, traineeId: mine.id, endDate: { gte: today } },
      select: { startDate: true, endDate: true, employer: { select: { name: true } } },
      orderBy: { startDate: "asc" },
    }),
    tx.gathering.findFirst({
      where: { consortiumId, cohortId: mine.cohortId, endsAt: { gte: now } },
      select: { title: true, startsAt: true, endsAt: true, place: true },
      orderBy: { startsAt: "asc" },
    }),
    tx.checkIn.findFirst({
      where: { consortiumId, traineeId: mine.id, completedAt: null },
      select: { monthOffset: true, dueDate: true },
      orderBy: { dueDate: "asc" },
    }),
  ]);
  return { ...trainee, placement, placementIsCurrent: Boolean(placement && placement.startDate <= today), gathering, checkIn };
}
