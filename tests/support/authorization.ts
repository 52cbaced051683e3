import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { createEmployerAction, updateEmployerAction, uploadLogoAction } from "@/lib/members/actions";
import { changeRoleAction, inviteMemberAction, removeMembershipAction, revokeInvitationAction } from "@/lib/people/actions";
import { hashToken } from "@/lib/people/tokens";
import {
  approvePostingAction,
  closePostingAction,
  createPostingAction,
  editPublishedPostingAction,
  returnPostingAction,
  submitPostingAction,
  updatePostingAction,
} from "@/lib/postings/actions";
import {
  createCampaignAction,
  finishRecruitmentAction,
  updateCampaignAction,
  updateCriteriaAction,
  updateEmailTemplatesAction,
  updateQuestionsAction,
} from "@/lib/campaigns/actions";
import { bookSlotAction, createSlotAction, createSlotSeriesAction, deleteSlotAction, inviteToInterviewAction } from "@/lib/interviews/actions";
import { rateApplicationAction } from "@/lib/ratings/actions";
import { moveApplicationsAction, prepareBulkEmailAction, previewBulkEmailAction, sendBulkEmailAction } from "@/lib/review/actions";
import { updateRetentionAction } from "@/lib/retention/actions";
import { pngFile } from "./files";
import { APPLICANT_LIST_MATRIX_ACTIONS } from "./authorization-applicant-lists";
import { APPLICATION_MATRIX_ACTIONS, type ApplicationMatrixAction } from "./authorization-applications";
import { CHECKIN_MATRIX_ACTIONS } from "./authorization-checkins";
import { COHORT_MATRIX_ACTIONS } from "./authorization-cohorts";
import { GATHERING_MATRIX_ACTIONS } from "./authorization-gatherings";
import { SURVEY_MATRIX_ACTIONS } from "./authorization-surveys";
import { API_TOKEN_MATRIX_ACTIONS } from "./authorization-api-tokens";
import { FEE_MATRIX_ACTIONS } from "./authorization-fees";
import { IMPORT_MATRIX_ACTIONS } from "./authorization-import";
import { OUTCOME_MATRIX_ACTIONS } from "./authorization-outcomes";
import { VIDEO_MATRIX_ACTIONS } from "./authorization-videos";
import {
  addMember,
  createApplicationIn,
  createClosedCampaign,
  createOpenCampaign,
  createPostingIn,
  createRankedApplication,
  type TenantFixture,
} from "./fixtures";
import { createSlotIn, dateAhead, invitedApplicationOf } from "./interviews";

// The authorization matrix's list of every tenant action: who may run it, a valid input made
// fresh for each call, and (where the action names an object) an input naming another
// consortium's object. Later issues add their actions here; a test fails when one is missing.
export type MatrixAction = ApplicationMatrixAction;

const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");

export const employerInput = () => ({
  name: `Matrix employer ${randomUUID().slice(0, 6)}`,
  orgNumber: `${digits(6)}-${digits(4)}`,
  sector: "PUBLIC",
  sizeBand: "FROM_250",
  municipality: "Arvika",
  website: "",
  about: "",
  memberSince: "2025-06-01",
  status: "ACTIVE",
});

async function pendingInvitation(t: TenantFixture) {
  const invitation = await systemDb().invitation.create({
    data: {
      consortiumId: t.id,
      email: `inv-${randomUUID().slice(0, 8)}@test.example`,
      role: "STEERING",
      tokenHash: hashToken(randomUUID()),
      expiresAt: new Date(Date.now() + 86_400_000),
      locale: "sv",
    },
  });
  return invitation.id;
}

async function freshMembership(t: TenantFixture) {
  const user = await addMember(t.id, "STEERING", null, "matrix");
  const m = await systemDb().membership.findFirstOrThrow({ where: { consortiumId: t.id, userId: user.id } });
  return m.id;
}

export const postingFields = () => ({
  title: "Trainee inom dataanalys",
  description: "Analysera data för regionens utveckling.",
  field: "IT",
  educationLevel: "MASTER",
  municipality: "Karlstad",
  places: 1,
});

export const campaignRules = () => ({
  opensAt: "2027-01-15T00:00",
  closesAt: "2027-03-01T23:59",
  maxPreferences: 3,
  talentPoolMonths: 12,
  consentSv: "Jag samtycker.",
  consentNb: "Jeg samtykker.",
  consentEn: "I agree.",
});

export const campaignInput = () => ({
  cohortName: `C${randomUUID().slice(0, 6)}`,
  cohortStart: "2027-09-01",
  cohortEnd: "2028-08-31",
  programmeMonths: 12,
  ...campaignRules(),
});

/** A campaign of its own, so that setting it up changes nothing other tests rely on. */
const setupCampaign = (t: TenantFixture) => createOpenCampaign(t.id, `Setup ${randomUUID().slice(0, 6)}`);
const inEachLanguage = (label: string) => ({ sv: label, nb: label, en: label });
const setupInputs = {
  criteria: () => ({ rows: [{ label: inEachLanguage("Motivation") }] }),
  questions: () => ({ rows: [{ label: inEachLanguage("Why here?"), required: true }] }),
  templates: () => ({ templates: { received: { nb: { subject: "Takk, {name}", body: "Vi har fått søknaden." } } } }),
};

export const slotInput = (campaignId: string) => ({
  campaignId,
  date: dateAhead(30),
  startTime: "10:00",
  endTime: "10:45",
  location: "Stadshuset, rum 3",
  meetingUrl: "",
  interviewers: "Anna Lind\nPer Olsson",
  capacity: 1,
});

const mailDrafts = { sv: { subject: "Hej {name}", body: "Nytt om din ansökan." } };

export const MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "createEmployerAction",
    action: createEmployerAction,
    allowed: ["COORDINATOR"],
    input: async () => employerInput(),
  },
  {
    name: "updateEmployerAction",
    action: updateEmployerAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ ...employerInput(), id: t.employerId }),
    foreignInput: async (_, other) => ({ ...employerInput(), id: other.employerId }),
  },
  {
    name: "uploadLogoAction",
    action: uploadLogoAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ employerId: t.employerId, file: pngFile() }),
    foreignInput: async (_, other) => ({ employerId: other.employerId, file: pngFile() }),
  },
  {
    name: "inviteMemberAction",
    action: inviteMemberAction,
    allowed: ["COORDINATOR"],
    input: async () => ({ email: `new-${randomUUID().slice(0, 8)}@test.example`, role: "STEERING", locale: "sv" }),
    foreignInput: async (_, other) => ({
      email: `new-${randomUUID().slice(0, 8)}@test.example`,
      role: "EMPLOYER",
      employerId: other.employerId,
      locale: "sv",
    }),
  },
  {
    name: "revokeInvitationAction",
    action: revokeInvitationAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ invitationId: await pendingInvitation(t) }),
    foreignInput: async (_, other) => ({ invitationId: await pendingInvitation(other) }),
  },
  {
    name: "changeRoleAction",
    action: changeRoleAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ membershipId: await freshMembership(t), role: "EMPLOYER", employerId: t.employerId }),
    foreignInput: async (_, other) => ({ membershipId: await freshMembership(other), role: "STEERING" }),
  },
  {
    name: "removeMembershipAction",
    action: removeMembershipAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ membershipId: await freshMembership(t) }),
    foreignInput: async (_, other) => ({ membershipId: await freshMembership(other) }),
  },
  {
    name: "createPostingAction",
    action: createPostingAction,
    allowed: ["COORDINATOR", "EMPLOYER"],
    input: async (t) => ({ ...postingFields(), campaignId: t.campaignId, employerId: t.employerId }),
    foreignInput: async (_, other) => ({ ...postingFields(), campaignId: other.campaignId, employerId: other.employerId }),
  },
  {
    name: "updatePostingAction",
    action: updatePostingAction,
    allowed: ["COORDINATOR", "EMPLOYER"],
    input: async (t) => ({ ...postingFields(), id: await createPostingIn(t, "DRAFT") }),
    foreignInput: async (_, other) => ({ ...postingFields(), id: await createPostingIn(other, "DRAFT") }),
  },
  {
    name: "editPublishedPostingAction",
    action: editPublishedPostingAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ ...postingFields(), id: await createPostingIn(t, "PUBLISHED") }),
    foreignInput: async (_, other) => ({ ...postingFields(), id: await createPostingIn(other, "PUBLISHED") }),
  },
  {
    name: "submitPostingAction",
    action: submitPostingAction,
    allowed: ["COORDINATOR", "EMPLOYER"],
    input: async (t) => ({ id: await createPostingIn(t, "DRAFT") }),
    foreignInput: async (_, other) => ({ id: await createPostingIn(other, "DRAFT") }),
  },
  {
    name: "approvePostingAction",
    action: approvePostingAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: await createPostingIn(t, "SUBMITTED") }),
    foreignInput: async (_, other) => ({ id: await createPostingIn(other, "SUBMITTED") }),
  },
  {
    name: "returnPostingAction",
    action: returnPostingAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: await createPostingIn(t, "SUBMITTED"), comment: "Lägg till handledare." }),
    foreignInput: async (_, other) => ({ id: await createPostingIn(other, "SUBMITTED"), comment: "x" }),
  },
  {
    name: "closePostingAction",
    action: closePostingAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: await createPostingIn(t, "PUBLISHED") }),
    foreignInput: async (_, other) => ({ id: await createPostingIn(other, "PUBLISHED") }),
  },
  {
    name: "createCampaignAction",
    action: createCampaignAction,
    allowed: ["COORDINATOR"],
    input: async () => campaignInput(),
  },
  {
    name: "updateCampaignAction",
    action: updateCampaignAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: t.campaignId, ...campaignRules() }),
    foreignInput: async (_, other) => ({ id: other.campaignId, ...campaignRules() }),
  },
  {
    name: "finishRecruitmentAction",
    action: finishRecruitmentAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ campaignId: await createClosedCampaign(t.id) }),
    foreignInput: async (_, other) => ({ campaignId: await createClosedCampaign(other.id) }),
  },
  ...(
    [
      ["updateCriteriaAction", updateCriteriaAction, setupInputs.criteria],
      ["updateQuestionsAction", updateQuestionsAction, setupInputs.questions],
      ["updateEmailTemplatesAction", updateEmailTemplatesAction, setupInputs.templates],
    ] as const
  ).map(([name, action, fields]) => ({
    name,
    action,
    allowed: ["COORDINATOR"] as Role[],
    input: async (t: TenantFixture) => ({ campaignId: await setupCampaign(t), ...fields() }),
    foreignInput: async (_: TenantFixture, other: TenantFixture) => ({ campaignId: await setupCampaign(other), ...fields() }),
  })),
  {
    name: "updateRetentionAction",
    action: updateRetentionAction,
    allowed: ["COORDINATOR"],
    input: async () => ({ retentionMonths: 24 + Math.floor(Math.random() * 12) }),
  },
  {
    name: "moveApplicationsAction",
    action: moveApplicationsAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ applicationIds: [await createApplicationIn(t)], stage: "SCREENING" }),
    foreignInput: async (own, other) => ({ applicationIds: [await createApplicationIn(own), await createApplicationIn(other)], stage: "SCREENING" }),
  },
  ...(
    [
      ["prepareBulkEmailAction", prepareBulkEmailAction, {}],
      ["previewBulkEmailAction", previewBulkEmailAction, { drafts: mailDrafts }],
      ["sendBulkEmailAction", sendBulkEmailAction, { drafts: mailDrafts }],
    ] as const
  ).map(([name, action, extra]) => ({
    name,
    action,
    allowed: ["COORDINATOR"] as Role[],
    input: async (t: TenantFixture) => ({ applicationIds: [await createApplicationIn(t)], kind: "update", ...extra }),
    foreignInput: async (own: TenantFixture, other: TenantFixture) => ({ applicationIds: [await createApplicationIn(own), await createApplicationIn(other)], kind: "update", ...extra }),
  })),
  {
    name: "rateApplicationAction",
    action: rateApplicationAction,
    allowed: ["COORDINATOR", "EMPLOYER"],
    input: async (t) => ({ applicationId: await createRankedApplication(t), scores: {}, rating: 4 }),
    foreignInput: async (_, other) => ({ applicationId: await createRankedApplication(other), scores: {}, rating: 4 }),
  },
  ...APPLICATION_MATRIX_ACTIONS,
  ...VIDEO_MATRIX_ACTIONS,
  ...APPLICANT_LIST_MATRIX_ACTIONS,
  {
    name: "createSlotAction",
    action: createSlotAction,
    allowed: ["COORDINATOR"],
    input: async (t) => slotInput(t.campaignId),
    foreignInput: async (_, other) => slotInput(other.campaignId),
  },
  {
    name: "createSlotSeriesAction",
    action: createSlotSeriesAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ ...slotInput(t.campaignId), endTime: "12:00", length: 45, gap: 15 }),
    foreignInput: async (_, other) => ({ ...slotInput(other.campaignId), endTime: "12:00", length: 45, gap: 15 }),
  },
  {
    name: "deleteSlotAction",
    action: deleteSlotAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ id: await createSlotIn(t) }),
    foreignInput: async (_, other) => ({ id: await createSlotIn(other) }),
  },
  {
    name: "inviteToInterviewAction",
    action: inviteToInterviewAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ campaignId: t.campaignId, applicationIds: [await createApplicationIn(t, "SHORTLISTED")] }),
    foreignInput: async (own, other) => ({ campaignId: own.campaignId, applicationIds: [await createApplicationIn(other, "SHORTLISTED")] }),
  },
  {
    // After the applying actions, which also use the fixture applicant's application.
    name: "bookSlotAction",
    action: bookSlotAction,
    allowed: ["APPLICANT"],
    input: async (t) => ({ applicationId: await invitedApplicationOf(t, t.users.APPLICANT), slotId: await createSlotIn(t) }),
    foreignInput: async (own, other) => ({ applicationId: await invitedApplicationOf(own, own.users.APPLICANT), slotId: await createSlotIn(other) }),
    foreignActor: "APPLICANT",
  },
  ...COHORT_MATRIX_ACTIONS,
  ...GATHERING_MATRIX_ACTIONS,
  ...CHECKIN_MATRIX_ACTIONS,
  ...SURVEY_MATRIX_ACTIONS,
  ...OUTCOME_MATRIX_ACTIONS,
  ...FEE_MATRIX_ACTIONS,
  ...IMPORT_MATRIX_ACTIONS,
  ...API_TOKEN_MATRIX_ACTIONS,
];
