import type { CurrentUser } from "../auth/session";
import { resolveTenant } from "../auth/tenant-context";
import { withTenant } from "../db/tenant";
import { AppError } from "../server/errors";
import { fileStore } from "../storage";
import { readableApplication } from "./access";

/**
 * The CV of an application, for the applicant themself and for reviewers who may see the
 * application (the same rule as the review pages). Everyone else gets notFound, never a hint.
 */
export async function readCv(user: CurrentUser | null, slug: string, applicationId: string) {
  if (!user) throw new AppError("unauthenticated");
  const ctx = await resolveTenant(user, slug);
  if (!ctx) throw new AppError("notFound");
  const where = readableApplication(ctx, applicationId, "application.apply");
  if (!where) throw new AppError("notFound");
  const application = await withTenant(ctx.consortium.id, user.id, (tx) =>
    tx.application.findFirst({ where, select: { cvFileKey: true, cvFileName: true } }),
  );
  if (!application?.cvFileKey) throw new AppError("notFound");
  const bytes = await fileStore().get(application.cvFileKey);
  if (!bytes) throw new AppError("notFound");
  return { bytes, name: application.cvFileName ?? "cv.pdf" };
}
