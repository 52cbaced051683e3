import { recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/tenant";
import { lockTrainee, type PlacementActor } from "../placements/service";
import { AppError } from "../server/errors";
import type { z } from "../validation";
import type { buddySchema, mentorSchema } from "./schemas";

// A trainee has at most one mentor and one buddy: setting one replaces the one before. Every change
// takes the trainee's row lock (lib/placements/service.ts), so two at once cannot leave two.

function audit(tx: Tx, actor: PlacementActor, action: string, traineeId: string, data: Prisma.InputJsonValue = {}) {
  return recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action, targetType: "Trainee", targetId: traineeId, data });
}

export async function setMentor(tx: Tx, actor: PlacementActor, input: z.output<typeof mentorSchema>) {
  const { consortiumId } = actor;
  const trainee = await lockTrainee(tx, consortiumId, input.traineeId);
  await tx.mentorAssignment.deleteMany({ where: { consortiumId, traineeId: trainee.id, kind: "MENTOR" } });
  await tx.mentorAssignment.create({
    data: { consortiumId, traineeId: trainee.id, kind: "MENTOR", personName: input.name, personEmail: input.email },
  });
  await audit(tx, actor, "trainee.mentor.set", trainee.id, { name: input.name, email: input.email });
}

export async function removeMentor(tx: Tx, actor: PlacementActor, traineeId: string) {
  const trainee = await lockTrainee(tx, actor.consortiumId, traineeId);
  const { count } = await tx.mentorAssignment.deleteMany({ where: { consortiumId: actor.consortiumId, traineeId: trainee.id, kind: "MENTOR" } });
  if (count) await audit(tx, actor, "trainee.mentor.remove", trainee.id);
}

/**
 * A buddy ("fadder") is a trainee or alumnus of an earlier cohort of the same consortium: someone
 * who has been through the year. The same cohort is refused with its own message, a later one as
 * an invalid choice, another consortium's trainee as not found.
 */
export async function setBuddy(tx: Tx, actor: PlacementActor, input: z.output<typeof buddySchema>) {
  const { consortiumId } = actor;
  await lockTrainee(tx, consortiumId, input.traineeId);
  const [trainee, buddy] = await Promise.all([
    tx.trainee.findFirstOrThrow({ where: { id: input.traineeId, consortiumId }, select: { id: true, cohort: { select: { id: true, startDate: true } } } }),
    tx.trainee.findFirst({ where: { id: input.buddyTraineeId, consortiumId }, select: { id: true, cohort: { select: { id: true, startDate: true } } } }),
  ]);
  if (!buddy) throw new AppError("notFound");
  if (buddy.cohort.id === trainee.cohort.id) throw new AppError("buddySameCohort");
  if (buddy.cohort.startDate >= trainee.cohort.startDate) throw new AppError("validation", { buddyTraineeId: "trainees.buddy.notEarlier" });
  await tx.mentorAssignment.deleteMany({ where: { consortiumId, traineeId: trainee.id, kind: "BUDDY" } });
  await tx.mentorAssignment.create({ data: { consortiumId, traineeId: trainee.id, kind: "BUDDY", buddyTraineeId: buddy.id } });
  await audit(tx, actor, "trainee.buddy.set", trainee.id, { buddyTraineeId: buddy.id });
}

export async function removeBuddy(tx: Tx, actor: PlacementActor, traineeId: string) {
  const trainee = await lockTrainee(tx, actor.consortiumId, traineeId);
  const { count } = await tx.mentorAssignment.deleteMany({ where: { consortiumId: actor.consortiumId, traineeId: trainee.id, kind: "BUDDY" } });
  if (count) await audit(tx, actor, "trainee.buddy.remove", trainee.id);
}
