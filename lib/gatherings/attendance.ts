import { recordAuditEach } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import { mailGathering } from "./notify";
import { audit, type GatheringActor } from "./planning";
import { attendanceOpen } from "./rates";
import { ATTENDANCE_MARKS, type inviteToGatheringSchema, type recordAttendanceSchema } from "./schemas";
import { findGathering } from "./service";

/**
 * Invites trainees of the gathering's cohort: the chosen ones, or every active one when none are
 * chosen. Each gets an Attendance row (INVITED) and, while the gathering is still ahead, an email
 * with its calendar entry. Those already invited are left as they are and not mailed again. A
 * chosen id that is not an active trainee of this cohort (another cohort or consortium, or one
 * who left) stops the whole step: nothing is saved.
 */
export async function inviteToGathering(tx: Tx, actor: GatheringActor, input: z.output<typeof inviteToGatheringSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const gathering = await findGathering(tx, consortiumId, input.gatheringId);
  const chosen = input.traineeIds?.length ? [...new Set(input.traineeIds)] : null;
  const trainees = await tx.trainee.findMany({
    where: { consortiumId, cohortId: gathering.cohortId, status: "ACTIVE", ...(chosen ? { id: { in: chosen } } : {}) },
    select: { id: true, name: true, email: true, userId: true },
    orderBy: { id: "asc" },
  });
  if (chosen && trainees.length !== chosen.length) throw new AppError("notFound");
  const already = await tx.attendance.findMany({
    where: { consortiumId, gatheringId: gathering.id, traineeId: { in: trainees.map((t) => t.id) } },
    select: { traineeId: true },
  });
  const invitedBefore = new Set(already.map((a) => a.traineeId));
  const fresh = trainees.filter((t) => !invitedBefore.has(t.id));
  if (fresh.length === 0) return { invited: 0, mailed: 0 };
  await tx.attendance.createMany({
    data: fresh.map((t) => ({ consortiumId, gatheringId: gathering.id, traineeId: t.id, status: "INVITED" as const })),
  });
  await tx.gathering.update({ where: { id: gathering.id, consortiumId }, data: { invitedAt: now } });
  await recordAuditEach(
    tx,
    { consortiumId, actorUserId: actor.userId, action: "gathering.invite", targetType: "Trainee" },
    fresh.map((t) => ({ id: t.id, data: { gatheringId: gathering.id } })),
  );
  // An invitation to something already over would only clutter calendars.
  const mailed = gathering.endsAt > now ? await mailGathering(tx, actor.consortium, gathering, "invited", fresh, now) : 0;
  return { invited: fresh.length, mailed };
}

/**
 * Records who came, on the day: every row names an invited trainee; rows left unmarked keep what
 * they had. Open from the gathering's first day in the consortium's zone. A trainee who was not
 * invited stops the whole step, so a half-saved register never happens.
 */
export async function recordAttendance(tx: Tx, actor: GatheringActor, input: z.output<typeof recordAttendanceSchema>, now = new Date()) {
  const consortiumId = actor.consortium.id;
  const gathering = await findGathering(tx, consortiumId, input.gatheringId);
  if (!attendanceOpen(gathering.startsAt, actor.consortium.timeZone, now)) throw new AppError("gatheringNotStarted");
  const ids = input.marks.map((m) => m.traineeId);
  const invited = await tx.attendance.count({ where: { consortiumId, gatheringId: gathering.id, traineeId: { in: ids } } });
  if (invited !== ids.length) throw new AppError("notInvitedToGathering");
  for (const status of ATTENDANCE_MARKS) {
    const traineeIds = input.marks.filter((m) => m.status === status).map((m) => m.traineeId);
    if (traineeIds.length === 0) continue;
    await tx.attendance.updateMany({ where: { consortiumId, gatheringId: gathering.id, traineeId: { in: traineeIds } }, data: { status } });
  }
  const marked = input.marks.filter((m) => m.status);
  await audit(tx, actor, "gathering.attendance", gathering.id, { marks: Object.fromEntries(marked.map((m) => [m.traineeId, m.status!])) });
  return { recorded: marked.length };
}
