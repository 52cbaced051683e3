import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/session";
import { appDb } from "../db/client";
import { withTenant } from "../db/tenant";
import { AppError } from "../server/errors";
import { hashToken } from "./tokens";

/** The invitation behind a link, if it can still be used; the slug in the link names the tenant. */
export async function findOpenInvitation(slug: string, token: string) {
  const consortium = await appDb().consortium.findUnique({ where: { slug } });
  if (!consortium) return null;
  const invitation = await withTenant(consortium.id, null, (tx) =>
    tx.invitation.findFirst({
      where: { consortiumId: consortium.id, tokenHash: hashToken(token) },
      include: { employer: { select: { name: true } } },
    }),
  );
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  return { consortium, invitation };
}

/**
 * Accepts an invitation for the signed-in person. Single use: the row is claimed with a conditional
 * update, so a second click or a second tab finds nothing left to accept.
 */
export async function acceptInvitation(user: CurrentUser, slug: string, token: string) {
  const found = await findOpenInvitation(slug, token);
  if (!found) throw new AppError("invitationInvalid");
  const { consortium, invitation } = found;
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) throw new AppError("invitationEmailMismatch");
  await withTenant(consortium.id, user.id, async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, consortiumId: consortium.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (!count) throw new AppError("invitationInvalid");
    const data = { role: invitation.role, employerId: invitation.employerId };
    await tx.membership.upsert({
      where: { consortiumId_userId: { consortiumId: consortium.id, userId: user.id } },
      create: { consortiumId: consortium.id, userId: user.id, ...data },
      update: data,
    });
    await tx.user.update({ where: { id: user.id }, data: { lastConsortiumId: consortium.id } });
    await recordAudit(tx, {
      consortiumId: consortium.id,
      actorUserId: user.id,
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: invitation.id,
    });
  });
  return { slug: consortium.slug };
}
