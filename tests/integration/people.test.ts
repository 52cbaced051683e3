import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { acceptInvitation } from "@/lib/people/accept";
import { changeRoleAction, inviteMemberAction, removeMembershipAction } from "@/lib/people/actions";
import { hashToken } from "@/lib/people/tokens";
import { createTenant, createUser, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("people");
});

/** The link is only in the email; read it from the outbox as a person would from their inbox. */
async function invitationLink(email: string) {
  const mail = await systemDb().outboxEmail.findFirstOrThrow({ where: { to: email, template: "invitation" }, orderBy: { createdAt: "desc" } });
  const match = mail.text.match(/\/(sv|nb|en)\/join\/([^/\s]+)\/([A-Za-z0-9_-]+)/);
  return { mail, slug: match![2], token: match![3] };
}

describe("invitations", () => {
  it("emails a single-use link in the chosen language that makes the invitee an employer contact", async () => {
    const invitee = await createUser("invitee");
    const sent = await inviteMemberAction.runAs(t.users.COORDINATOR, t.slug, {
      email: invitee.email.toUpperCase(),
      role: "EMPLOYER",
      employerId: t.employerId,
      locale: "nb",
    });
    expect(sent.ok).toBe(true);
    const { mail, slug, token } = await invitationLink(invitee.email);
    expect(mail).toMatchObject({ locale: "nb", consortiumId: t.id, status: expect.any(String) });
    expect(mail.subject).toContain("Test people");
    expect(mail.html).toContain('lang="nb"');
    const stored = await systemDb().invitation.findFirstOrThrow({ where: { email: invitee.email } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);

    await acceptInvitation(invitee, slug, token);
    const membership = await systemDb().membership.findFirstOrThrow({ where: { consortiumId: t.id, userId: invitee.id } });
    expect(membership).toMatchObject({ role: "EMPLOYER", employerId: t.employerId });
    await expect(acceptInvitation(invitee, slug, token)).rejects.toMatchObject({ code: "invitationInvalid" });
  });

  it("refuses a link used by someone signed in with another address", async () => {
    const invitee = await createUser("target");
    await inviteMemberAction.runAs(t.users.COORDINATOR, t.slug, { email: invitee.email, role: "STEERING", locale: "sv" });
    const { slug, token } = await invitationLink(invitee.email);
    const intruder = await createUser("intruder");
    await expect(acceptInvitation(intruder, slug, token)).rejects.toMatchObject({ code: "invitationEmailMismatch" });
    expect(await systemDb().membership.count({ where: { consortiumId: t.id, userId: intruder.id } })).toBe(0);
  });

  it("refuses an expired invitation and a token for another consortium", async () => {
    const invitee = await createUser("late");
    await inviteMemberAction.runAs(t.users.COORDINATOR, t.slug, { email: invitee.email, role: "STEERING", locale: "sv" });
    const { slug, token } = await invitationLink(invitee.email);
    const other = await createTenant("people-other");
    await expect(acceptInvitation(invitee, other.slug, token)).rejects.toMatchObject({ code: "invitationInvalid" });
    await systemDb().invitation.updateMany({ where: { email: invitee.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(invitee, slug, token)).rejects.toMatchObject({ code: "invitationInvalid" });
  });

  it("says so when the person is already a member, and stores nothing", async () => {
    const before = await systemDb().invitation.count({ where: { consortiumId: t.id } });
    const result = await inviteMemberAction.runAs(t.users.COORDINATOR, t.slug, {
      email: t.users.STEERING.email,
      role: "COORDINATOR",
      locale: "sv",
    });
    expect(result).toMatchObject({ ok: false, error: "alreadyMember", fieldErrors: { email: "validation.alreadyMember" } });
    expect(await systemDb().invitation.count({ where: { consortiumId: t.id } })).toBe(before);
  });
});

describe("roles and the last coordinator", () => {
  it("never removes or demotes the last coordinator", async () => {
    const solo = await createTenant("solo");
    const id = solo.membershipIds.COORDINATOR;
    expect(await removeMembershipAction.runAs(solo.users.COORDINATOR, solo.slug, { membershipId: id })).toMatchObject({
      ok: false,
      error: "lastCoordinator",
    });
    expect(await changeRoleAction.runAs(solo.users.COORDINATOR, solo.slug, { membershipId: id, role: "STEERING" })).toMatchObject({
      ok: false,
      error: "lastCoordinator",
    });
    expect(await systemDb().membership.findUnique({ where: { id } })).toMatchObject({ role: "COORDINATOR" });
  });

  it("lets a coordinator step down once another coordinator exists, and records who did it", async () => {
    const pair = await createTenant("pair");
    const promoted = await changeRoleAction.runAs(pair.users.COORDINATOR, pair.slug, {
      membershipId: pair.membershipIds.STEERING,
      role: "COORDINATOR",
    });
    expect(promoted.ok).toBe(true);
    const removed = await removeMembershipAction.runAs(pair.users.COORDINATOR, pair.slug, { membershipId: pair.membershipIds.COORDINATOR });
    expect(removed.ok).toBe(true);
    const audit = await withTenant(pair.id, null, (tx) => tx.auditEvent.findMany({ where: { action: { startsWith: "membership." } } }));
    expect(audit.map((a) => a.action).sort()).toEqual(["membership.changeRole", "membership.remove"]);
    expect(audit.every((a) => a.actorUserId === pair.users.COORDINATOR.id)).toBe(true);
  });

  it("keeps one coordinator when two remove each other at the same time", async () => {
    const pair = await createTenant("race");
    await changeRoleAction.runAs(pair.users.COORDINATOR, pair.slug, { membershipId: pair.membershipIds.STEERING, role: "COORDINATOR" });
    const results = await Promise.all([
      removeMembershipAction.runAs(pair.users.COORDINATOR, pair.slug, { membershipId: pair.membershipIds.STEERING }),
      removeMembershipAction.runAs(pair.users.STEERING, pair.slug, { membershipId: pair.membershipIds.COORDINATOR }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await systemDb().membership.count({ where: { consortiumId: pair.id, role: "COORDINATOR" } })).toBe(1);
  });
});
