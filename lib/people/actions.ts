"use server";

import { tenantAction, userAction } from "../server/action";
import { acceptInvitation } from "./accept";
import { acceptInvitationSchema, changeRoleSchema, invitationIdSchema, inviteSchema, membershipIdSchema } from "./schemas";
import { changeRole, inviteMember, removeMembership, revokeInvitation } from "./service";

export const inviteMemberAction = tenantAction(
  { permission: "people.invite", schema: inviteSchema },
  async (input, { tx, consortium, user }) => {
    const invitation = await inviteMember(
      tx,
      {
        consortiumId: consortium.id,
        userId: user.id,
        inviterName: user.name ?? user.email,
        consortiumName: consortium.name,
        slug: consortium.slug,
      },
      input,
    );
    return { id: invitation.id };
  },
);

export const revokeInvitationAction = tenantAction(
  { permission: "people.invite", schema: invitationIdSchema },
  async ({ invitationId }, { tx, consortium, user }) =>
    revokeInvitation(tx, { consortiumId: consortium.id, userId: user.id }, invitationId),
);

export const changeRoleAction = tenantAction(
  { permission: "people.manage", schema: changeRoleSchema },
  async (input, { tx, consortium, user }) => changeRole(tx, { consortiumId: consortium.id, userId: user.id }, input),
);

export const removeMembershipAction = tenantAction(
  { permission: "people.manage", schema: membershipIdSchema },
  async ({ membershipId }, { tx, consortium, user }) =>
    removeMembership(tx, { consortiumId: consortium.id, userId: user.id }, membershipId),
);

export const acceptInvitationAction = userAction({ schema: acceptInvitationSchema }, async ({ slug, token }, user) =>
  acceptInvitation(user, slug, token),
);
