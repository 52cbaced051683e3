import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import {
  deleteMyDataAction,
  saveDraftAction,
  submitApplicationAction,
  uploadCvAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { systemDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { addNoteAction } from "@/lib/candidates/actions";
import { makeOfferAction, respondToOfferAction, withdrawOfferAction } from "@/lib/offers/actions";
import type { TenantAction } from "@/lib/server/action";
import { applicationInput, newApplicant, pdfFile } from "./applications";
import { createApplicationIn, createPostingIn, type TenantFixture } from "./fixtures";

// The authorization matrix's entries for applying, the applicant's own data, and offers.
export interface ApplicationMatrixAction {
  name: string;
  action: TenantAction<unknown>;
  allowed: Role[];
  input: (own: TenantFixture) => Promise<unknown>;
  foreignInput?: (own: TenantFixture, other: TenantFixture) => Promise<unknown>;
  /** Who tries the foreign input (default: the own consortium's coordinator). */
  foreignActor?: Role;
  /** Someone other than the fixture's person for a role, for actions that use them up. */
  actor?: (own: TenantFixture, role: Role) => Promise<CurrentUser>;
  /** Runs in the matrix's Norwegian consortium (public member employer) instead of the Swedish one. */
  home?: "norway";
}

/** Other matrix entries move the fixture's campaign window; applying needs it open. */
export async function openCampaign(t: TenantFixture) {
  await systemDb().campaign.update({
    where: { id: t.campaignId },
    data: { opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 90 * 86_400_000), status: "OPEN" },
  });
  return t.campaignId;
}

/** The fixture's applicant with a CV uploaded and an application sent, ready for the next step. */
async function sentApplication(t: TenantFixture, user: CurrentUser) {
  await openCampaign(t);
  await uploadCvAction.runAs(user, t.slug, { campaignId: t.campaignId, file: pdfFile() });
  const sent = await submitApplicationAction.runAs(user, t.slug, applicationInput(t, [await createPostingIn(t, "PUBLISHED")]));
  if (!sent.ok) throw new Error(`could not send an application: ${sent.error}`);
  return sent.data.id;
}

/** A pending offer on the fixture applicant's own application. */
async function pendingOffer(t: TenantFixture) {
  const applicationId = await sentApplication(t, t.users.APPLICANT);
  const application = await systemDb().application.findUniqueOrThrow({ where: { id: applicationId }, include: { preferences: true } });
  const offer = await systemDb().offer.create({
    data: { consortiumId: t.id, applicationId, employerId: t.employerId, postingId: application.preferences[0].postingId, startDate: new Date("2027-09-01") },
  });
  return offer.id;
}

async function offerableApplication(t: TenantFixture) {
  const applicationId = await createApplicationIn(t, "SHORTLISTED");
  return { applicationId, postingId: await createPostingIn(t, "PUBLISHED"), startDate: "2027-09-01" };
}

/** A pending offer on someone's application, for the coordinator to take back. */
async function offerToWithdraw(t: TenantFixture) {
  const applicationId = await createApplicationIn(t, "SHORTLISTED");
  await systemDb().application.update({ where: { id: applicationId }, data: { stage: "OFFER" } });
  const offer = await systemDb().offer.create({
    data: { consortiumId: t.id, applicationId, employerId: t.employerId, postingId: await createPostingIn(t, "PUBLISHED"), startDate: new Date("2027-09-01") },
  });
  return offer.id;
}

export const APPLICATION_MATRIX_ACTIONS: ApplicationMatrixAction[] = [
  {
    name: "saveDraftAction",
    action: saveDraftAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ campaignId: await openCampaign(t), data: { firstName: "Matris" } }),
    foreignInput: async (_, other) => ({ campaignId: other.campaignId, data: { firstName: "Matris" } }),
    foreignActor: "APPLICANT",
  },
  {
    name: "uploadCvAction",
    action: uploadCvAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ campaignId: await openCampaign(t), file: pdfFile() }),
    foreignInput: async (_, other) => ({ campaignId: other.campaignId, file: pdfFile() }),
    foreignActor: "APPLICANT",
  },
  {
    name: "submitApplicationAction",
    action: submitApplicationAction,
    allowed: ["APPLICANT"],
    input: async (t) => {
      await openCampaign(t);
      await uploadCvAction.runAs(t.users.APPLICANT, t.slug, { campaignId: t.campaignId, file: pdfFile() });
      return applicationInput(t, [await createPostingIn(t, "PUBLISHED")]);
    },
    foreignInput: async (own, other) => ({ ...applicationInput(own, [await createPostingIn(other, "PUBLISHED")]), campaignId: other.campaignId }),
    foreignActor: "APPLICANT",
  },
  {
    name: "withdrawApplicationAction",
    action: withdrawApplicationAction,
    allowed: ["APPLICANT"],
    input: async (t) => {
      await sentApplication(t, t.users.APPLICANT);
      return { campaignId: t.campaignId };
    },
    foreignInput: async (_, other) => ({ campaignId: other.campaignId }),
    foreignActor: "APPLICANT",
  },
  {
    name: "deleteMyDataAction",
    action: deleteMyDataAction,
    allowed: ["APPLICANT"],
    input: async () => ({ confirm: true }),
    // Erasure uses the person up: each try is by someone new in that role.
    actor: async (t, role) => (role === "APPLICANT" ? (await openCampaign(t), newApplicant(t, `erase-${randomUUID().slice(0, 4)}`)) : t.users[role]),
  },
  {
    name: "makeOfferAction",
    action: makeOfferAction,
    allowed: ["COORDINATOR"],
    input: offerableApplication,
    foreignInput: async (_, other) => offerableApplication(other),
  },
  {
    name: "withdrawOfferAction",
    action: withdrawOfferAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ offerId: await offerToWithdraw(t) }),
    foreignInput: async (_, other) => ({ offerId: await offerToWithdraw(other) }),
  },
  {
    name: "addNoteAction",
    action: addNoteAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ applicationId: await createApplicationIn(t), body: "Ringde om referenser." }),
    foreignInput: async (_, other) => ({ applicationId: await createApplicationIn(other), body: "Ringde om referenser." }),
  },
  {
    name: "respondToOfferAction",
    action: respondToOfferAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ offerId: await pendingOffer(t), accept: false }),
    foreignInput: async (_, other) => ({ offerId: await pendingOffer(other), accept: false }),
    foreignActor: "APPLICANT",
  },
];
