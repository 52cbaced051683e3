import { recordAudit } from "../audit/record";
import { isStaff, type StaffRole } from "../auth/permissions";
import type { Tx } from "../db/tenant";
import { enqueueEmail } from "../email/outbox";
import { env } from "../env";
import type { AppLocale } from "../i18n/routing";
import { getEmployer } from "../members/service";
import { AppError } from "../server/errors";
import { createToken, INVITATION_DAYS } from "./tokens";

interface Actor {
  consortiumId: string;
  userId: string;
}

export function listPeople(tx: Tx, consortiumId: string) {
  return Promise.all([
    tx.membership.findMany({
      where: { consortiumId },
      include: { user: { select: { email: true, name: true } }, employer: { select: { id: true, name: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    tx.invitation.findMany({
      where: { consortiumId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      include: { employer: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
}

export async function inviteMember(
  tx: Tx,
  actor: Actor & { inviterName: string; consortiumName: string; slug: string },
  input: { email: string; role: StaffRole; employerId?: string; locale: AppLocale },
) {
  const employerId = input.role === "EMPLOYER" ? input.employerId : undefined;
  if (employerId) await getEmployer(tx, actor.consortiumId, employerId);
  const existing = await tx.membership.findFirst({
    where: { consortiumId: actor.consortiumId, user: { email: input.email } },
  });
  if (existing) throw new AppError("alreadyMember", { email: "validation.alreadyMember" });
  // A newer invitation replaces any earlier one to the same address.
  await tx.invitation.updateMany({
    where: { consortiumId: actor.consortiumId, email: input.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const { token, hash } = createToken();
  const invitation = await tx.invitation.create({
    data: {
      consortiumId: actor.consortiumId,
      email: input.email,
      role: input.role,
      employerId: employerId ?? null,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      invitedById: actor.userId,
      locale: input.locale,
    },
  });
  await enqueueEmail(tx, {
    template: "invitation",
    to: input.email,
    locale: input.locale,
    consortiumId: actor.consortiumId,
    props: {
      url: `${env.APP_URL}/${input.locale}/join/${actor.slug}/${token}`,
      consortiumName: actor.consortiumName,
      role: input.role,
      inviterName: actor.inviterName,
      expiresInDays: INVITATION_DAYS,
    },
  });
  await recordAudit(tx, {
    consortiumId: actor.consortiumId,
    actorUserId: actor.userId,
    action: "invitation.create",
    targetType: "Invitation",
    targetId: invitation.id,
    data: { role: input.role, employerId: employerId ?? null },
  });
  return invitation;
}

export async function revokeInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, consortiumId: actor.consortiumId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) throw new AppError("notFound");
  await recordAudit(tx, { ...auditOf(actor), action: "invitation.revoke", targetType: "Invitation", targetId: invitationId });
}

/** Locks the coordinators' rows so two concurrent changes cannot both remove "the other" one. */
async function assertCoordinatorRemains(tx: Tx, consortiumId: string) {
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE "consortiumId" = ${consortiumId} AND role = 'COORDINATOR' FOR UPDATE`;
}

async function coordinatorCount(tx: Tx, consortiumId: string) {
  return tx.membership.count({ where: { consortiumId, role: "COORDINATOR" } });
}

async function findMembership(tx: Tx, consortiumId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({ where: { id: membershipId, consortiumId } });
  if (!membership || !isStaff(membership.role)) throw new AppError("notFound");
  return membership;
}

export async function changeRole(
  tx: Tx,
  actor: Actor,
  input: { membershipId: string; role: StaffRole; employerId?: string },
) {
  await assertCoordinatorRemains(tx, actor.consortiumId);
  const membership = await findMembership(tx, actor.consortiumId, input.membershipId);
  const employerId = input.role === "EMPLOYER" ? input.employerId! : null;
  if (employerId) await getEmployer(tx, actor.consortiumId, employerId);
  if (membership.role === "COORDINATOR" && input.role !== "COORDINATOR") {
    if ((await coordinatorCount(tx, actor.consortiumId)) <= 1) throw new AppError("lastCoordinator");
  }
  await tx.membership.update({
    where: { id: membership.id, consortiumId: actor.consortiumId },
    data: { role: input.role, employerId },
  });
  await recordAudit(tx, {
    ...auditOf(actor),
    action: "membership.changeRole",
    targetType: "Membership",
    targetId: membership.id,
    data: { from: membership.role, to: input.role, employerId },
  });
}

export async function removeMembership(tx: Tx, actor: Actor, membershipId: string) {
  await assertCoordinatorRemains(tx, actor.consortiumId);
  const membership = await findMembership(tx, actor.consortiumId, membershipId);
  if (membership.role === "COORDINATOR" && (await coordinatorCount(tx, actor.consortiumId)) <= 1) {
    throw new AppError("lastCoordinator");
  }
  await tx.membership.delete({ where: { id: membership.id, consortiumId: actor.consortiumId } });
  await recordAudit(tx, {
    ...auditOf(actor),
    action: "membership.remove",
    targetType: "Membership",
    targetId: membership.id,
    data: { role: membership.role, userId: membership.userId },
  });
}

function auditOf(actor: Actor) {
  return { consortiumId: actor.consortiumId, actorUserId: actor.userId };
}
