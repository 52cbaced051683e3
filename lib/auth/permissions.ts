import type { Role } from "../db/generated/enums";

// The one role → permission map. Code asks `can(role, "member.manage")`, never compares roles.
export const PERMISSIONS = {
  COORDINATOR: [
    "dashboard.coordinator",
    "consortium.update",
    "member.read",
    "member.manage",
    "people.read",
    "people.invite",
    "people.manage",
    "posting.read",
    "posting.create",
    "posting.manageAll",
    "posting.approve",
    "campaign.manage",
    "application.read",
    "application.move",
    // Internal notes and the candidate's timeline: coordinators only.
    "application.note",
    "application.rate",
    "interview.manage",
    "offer.manage",
    // Norwegian public members' applicant lists: every one for a coordinator (lib/applicant-lists).
    "applicantList.manage",
    "cohort.read",
    "cohort.manage",
    "gathering.manage",
    "checkin.manage",
    "survey.manage",
    "fees.read",
    "fees.manage",
    "metrics.read",
    // Exact figures: everyone but the steering group sees counts below five as they are.
    "metrics.exact",
    "import.run",
    "apiToken.manage",
  ],
  EMPLOYER: [
    "dashboard.employer",
    "member.read",
    "posting.read.own",
    "posting.create",
    "application.rate",
    // Only its own public postings' lists (the query scopes it, as for postings).
    "applicantList.manage",
    "trainee.read.own",
    "gathering.read",
    "invoice.read.own",
  ],
  STEERING: ["dashboard.steering", "cohort.read", "member.read", "metrics.read"],
  APPLICANT: ["dashboard.applicant", "application.read.own", "application.apply", "interview.book", "offer.respond"],
  // A hired applicant: their programme, and still their recruitment history and its export.
  TRAINEE: ["dashboard.trainee", "trainee.self", "application.read.own"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

/**
 * What a read-only API token may do (a region's BI tool): read metrics and exports, never anything
 * that writes. Exact small counts ("metrics.exact") only for a token created with them.
 */
export const API_TOKEN_PERMISSIONS = ["metrics.read", "fees.read"] as const satisfies readonly Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[role] as readonly string[]).includes(permission);
}

/** Roles a coordinator may hand out by invitation. Applicants join by applying; trainees by being hired. */
export const INVITABLE_ROLES = ["COORDINATOR", "EMPLOYER", "STEERING"] as const satisfies readonly Role[];
export type StaffRole = (typeof INVITABLE_ROLES)[number];

/** The people who run a consortium, as opposed to those who apply to it or are trained by it. */
export function isStaff(role: Role): role is StaffRole {
  return (INVITABLE_ROLES as readonly Role[]).includes(role);
}
