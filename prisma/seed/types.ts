// The rows the seed builds in memory before writing them with createMany, and the context the
// builders share while filling them for one consortium.
import type { Prisma } from "../../lib/db/generated/client";
import type { ConsortiumSpec } from "./consortia";
import type { EmployerSpec } from "./employers";
import type { FieldKey, Lang } from "./fields";
import type { Rng } from "./random";

export interface SeedRows {
  users: Prisma.UserCreateManyInput[];
  consortia: Prisma.ConsortiumCreateManyInput[];
  employers: Prisma.EmployerCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  feeRules: Prisma.FeeRuleCreateManyInput[];
  cohorts: Prisma.CohortCreateManyInput[];
  campaigns: Prisma.CampaignCreateManyInput[];
  postings: Prisma.PostingCreateManyInput[];
  applicants: Prisma.ApplicantCreateManyInput[];
  applications: Prisma.ApplicationCreateManyInput[];
  preferences: Prisma.ApplicationPreferenceCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  trainees: Prisma.TraineeCreateManyInput[];
  placements: Prisma.PlacementCreateManyInput[];
  gatherings: Prisma.GatheringCreateManyInput[];
  attendances: Prisma.AttendanceCreateManyInput[];
  mentors: Prisma.MentorAssignmentCreateManyInput[];
  checkIns: Prisma.CheckInCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  billableEvents: Prisma.BillableEventCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
  listExemptions: Prisma.ListExemptionCreateManyInput[];
  applicantLists: Prisma.ApplicantListCreateManyInput[];
}

/** Insert order: every table after the tables it references. */
export const TABLE_ORDER: (keyof SeedRows)[] = [
  "users", "consortia", "employers", "memberships", "feeRules", "cohorts", "campaigns", "postings",
  "applicants", "applications", "preferences", "evaluations", "offers", "trainees", "placements",
  "gatherings", "attendances", "mentors", "checkIns", "followUps", "billableEvents", "auditEvents",
  "listExemptions", "applicantLists",
];

export function emptyRows(): SeedRows {
  return Object.fromEntries(TABLE_ORDER.map((table) => [table, []])) as unknown as SeedRows;
}

export interface SeededEmployer {
  id: string;
  spec: EmployerSpec;
}

export interface SeededPosting {
  id: string;
  employer: SeededEmployer;
  field: FieldKey;
  places: number;
  status: "DRAFT" | "SUBMITTED" | "PUBLISHED" | "CLOSED";
}

export interface SeededCampaign {
  id: string;
  cohortId: string;
  postings: SeededPosting[];
}

/** One hired applicant, handed from recruitment to the cohort builder. */
export interface Hire {
  applicantId: string;
  applicationId: string;
  posting: SeededPosting;
  name: string;
  email: string;
  gender: Prisma.TraineeCreateManyInput["gender"];
  educationLevel: "BACHELOR" | "MASTER" | "PHD";
  field: string;
  ties: ("GREW_UP" | "STUDIED" | "PARTNER_FAMILY" | "NONE")[];
  hiredAt: Date;
}

/** What the builders of one consortium share. */
export interface Ctx {
  consortiumId: string;
  spec: ConsortiumSpec;
  lang: Lang;
  rng: Rng;
  rows: SeedRows;
  employers: SeededEmployer[];
  coordinatorUserId: string;
  /** Membership ids that rate applications (coordinator, employer contact of the first employer). */
  coordinatorMembershipId: string;
  employerMembershipId: string;
  /** Counter for unique applicant emails within the consortium. */
  emailCounter: number;
}
