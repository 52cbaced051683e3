import type { Tx } from "../db/tenant";
import { Prisma } from "../db/generated/client";
import { deleteDrafts, deleteVideoUploads, eraseApplicant } from "../retention/erase";

/**
 * Deletes the applicant's data in this consortium (the same erasure as the retention job) and
 * their sign-in account too when it belongs to no other consortium. Returns stored file keys to
 * delete once the transaction has committed.
 */
export async function deleteMyData(tx: Tx, consortiumId: string, userId: string): Promise<{ files: string[]; accountDeleted: boolean }> {
  const applicant = await tx.applicant.findFirst({ where: { consortiumId, userId }, select: { id: true } });
  const files: string[] = applicant ? [...(await eraseApplicant(tx, { consortiumId, applicantId: applicant.id }))] : [];
  // Drafts and the membership go even when nothing was ever sent.
  files.push(...(await deleteDrafts(tx, Prisma.sql`d."consortiumId" = ${consortiumId} AND d."userId" = ${userId}`)).files);
  files.push(...(await deleteVideoUploads(tx, consortiumId, userId)));
  await tx.membership.deleteMany({ where: { consortiumId, userId, role: "APPLICANT" } });
  const elsewhere = await tx.membership.count({ where: { userId } });
  if (elsewhere === 0) await tx.user.delete({ where: { id: userId } });
  return { files: [...new Set(files)], accountDeleted: elsewhere === 0 };
}
