import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { AppError } from "../server/errors";

/**
 * A coordinator's internal note on an application. Only coordinators read notes on the candidate
 * page; the applicant's data export lists them (right of access), nothing else shows them. The
 * audit event records that a note was written, not what it says.
 */
export async function addNote(tx: Tx, actor: { consortiumId: string; userId: string }, applicationId: string, body: string) {
  const application = await tx.application.findFirst({ where: { id: applicationId, consortiumId: actor.consortiumId, stage: { not: "DRAFT" } }, select: { id: true } });
  if (!application) throw new AppError("notFound");
  const note = await tx.applicationNote.create({
    data: { consortiumId: actor.consortiumId, applicationId, authorUserId: actor.userId, body },
    select: { id: true },
  });
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "application.note",
    targetType: "Application",
    targetId: applicationId,
    data: { noteId: note.id },
  });
  return note;
}
