import { invalidateCareerData } from "../careers/cache";
import { recordAudit } from "../audit/record";
import type { Tx } from "../db/tenant";
import { withTenant } from "../db/tenant";
import { AppError } from "../server/errors";
import { fileStore, newFileKey } from "../storage";
import { reencodeLogo } from "./logo-image";
import { imageTypeOf } from "./logo-rules";

/** Stores a member's logo and points the employer at it; returns the replaced file's key. */
export async function setEmployerLogo(tx: Tx, actor: { consortiumId: string; userId: string }, employerId: string, file: File) {
  const employer = await tx.employer.findFirst({ where: { id: employerId, consortiumId: actor.consortiumId }, select: { id: true, logoUrl: true } });
  if (!employer) throw new AppError("notFound");
  const logo = await reencodeLogo(new Uint8Array(await file.arrayBuffer()));
  if (!logo) throw new AppError("validation", { file: "validation.logoType" });
  const key = newFileKey(actor.consortiumId, "logo", logo.extension);
  await fileStore().put(key, logo.bytes, logo.contentType);
  try {
    await tx.employer.update({ where: { id: employer.id }, data: { logoUrl: key } });
    await recordAudit(tx, { consortiumId: actor.consortiumId, actorUserId: actor.userId, action: "employer.logo", targetType: "Employer", targetId: employer.id });
    invalidateCareerData(actor.consortiumId);
  } catch (error) {
    await fileStore().delete(key);
    throw error;
  }
  return { replaced: employer.logoUrl, key };
}

/** A member's logo for the public pages: public data, read under the consortium's row-level security. */
export async function readEmployerLogo(consortiumId: string, employerId: string) {
  const employer = await withTenant(consortiumId, null, (tx) =>
    tx.employer.findFirst({ where: { id: employerId, consortiumId }, select: { logoUrl: true } }),
  );
  if (!employer?.logoUrl) return null;
  const bytes = await fileStore().get(employer.logoUrl);
  const type = bytes ? imageTypeOf(bytes) : null;
  return bytes && type ? { bytes, contentType: type.contentType, key: employer.logoUrl } : null;
}
