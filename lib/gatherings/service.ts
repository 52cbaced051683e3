import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import { countMarks, heldBefore, type MarkCounts } from "./rates";

/** What every list of gatherings shows; the employer's and the trainee's pages use it too. */
export const GATHERING_SUMMARY = {
  id: true,
  cohortId: true,
  title: true,
  type: true,
  startsAt: true,
  endsAt: true,
  place: true,
  agenda: true,
} satisfies Prisma.GatheringSelect;

export type GatheringSummary = Prisma.GatheringGetPayload<{ select: typeof GATHERING_SUMMARY }>;

/**
 * The gatherings of some cohorts of the consortium, for read-only lists (an employer contact's
 * view, a trainee's own page): upcoming ones (not yet over, soonest first) and past ones (most
 * recent first). Cohort ids of another consortium simply match nothing.
 */
export async function listGatheringsOfCohorts(
  tx: Tx,
  consortiumId: string,
  cohortIds: string[],
  now = new Date(),
): Promise<{ upcoming: GatheringSummary[]; past: GatheringSummary[] }> {
  if (cohortIds.length === 0) return { upcoming: [], past: [] };
  const gatherings = await tx.gathering.findMany({
    where: { consortiumId, cohortId: { in: cohortIds } },
    select: GATHERING_SUMMARY,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return {
    upcoming: gatherings.filter((g) => g.endsAt >= now),
    past: gatherings.filter((g) => g.endsAt < now).reverse(),
  };
}

/** The cohort named in the URL, when it is this consortium's. */
export async function getCohortOf(tx: Tx, consortiumId: string, cohortId: string) {
  const cohort = await tx.cohort.findFirst({ where: { id: cohortId, consortiumId }, select: { id: true, name: true, status: true } });
  if (!cohort) throw new AppError("notFound");
  return cohort;
}

/**
 * A cohort's programme by date, with how many were invited and the marks; `held` once its first
 * day has come in the consortium's zone (when attendance can be taken).
 */
export async function listCohortGatherings(tx: Tx, consortiumId: string, cohortId: string, timeZone: string, now = new Date()) {
  const cutoff = heldBefore(timeZone, now);
  const gatherings = await tx.gathering.findMany({
    where: { consortiumId, cohortId },
    select: { ...GATHERING_SUMMARY, invitedAt: true, attendances: { select: { status: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return gatherings.map(({ attendances, ...g }) => ({
    ...g,
    held: g.startsAt < cutoff,
    counts: countMarks(attendances.map((a) => a.status)),
  }));
}

export interface TraineeRate extends MarkCounts {
  id: string;
  name: string;
  status: string;
}

/**
 * Each trainee of the cohort with their marks at the gatherings held so far, today's included (see
 * rates.ts for how an excused absence counts). Trainees who left stay listed: their record is history.
 */
export async function listTraineeRates(tx: Tx, consortiumId: string, cohortId: string, timeZone: string, now = new Date()): Promise<TraineeRate[]> {
  const trainees = await tx.trainee.findMany({
    where: { consortiumId, cohortId },
    select: {
      id: true,
      name: true,
      status: true,
      attendances: { where: { consortiumId, gathering: { startsAt: { lt: heldBefore(timeZone, now) } } }, select: { status: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return trainees.map((t) => ({ id: t.id, name: t.name, status: t.status, ...countMarks(t.attendances.map((a) => a.status)) }));
}

/**
 * One gathering of the cohort in the URL, with its invitations, and the cohort's active trainees
 * not invited yet. A gathering of another cohort or consortium is not found.
 */
export async function getGathering(tx: Tx, consortiumId: string, cohortId: string, gatheringId: string) {
  const gathering = await tx.gathering.findFirst({
    where: { id: gatheringId, consortiumId, cohortId },
    select: {
      ...GATHERING_SUMMARY,
      invitedAt: true,
      sequence: true,
      cohort: { select: { name: true } },
      attendances: {
        select: { status: true, trainee: { select: { id: true, name: true, email: true, status: true } } },
        orderBy: [{ trainee: { name: "asc" } }, { traineeId: "asc" }],
      },
    },
  });
  if (!gathering) throw new AppError("notFound");
  const invitedIds = gathering.attendances.map((a) => a.trainee.id);
  const notInvited = await tx.trainee.findMany({
    where: { consortiumId, cohortId, status: "ACTIVE", id: { notIn: invitedIds } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return { ...gathering, counts: countMarks(gathering.attendances.map((a) => a.status)), notInvited };
}

/** A gathering of this consortium (any cohort), for changes made by id alone. */
export async function findGathering(tx: Tx, consortiumId: string, id: string) {
  const gathering = await tx.gathering.findFirst({
    where: { id, consortiumId },
    select: { ...GATHERING_SUMMARY, invitedAt: true, sequence: true, cohort: { select: { name: true } } },
  });
  if (!gathering) throw new AppError("notFound");
  return gathering;
}
