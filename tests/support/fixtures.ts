import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import { createConsortium } from "@/lib/consortia/service";
import { systemDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { withTenant } from "@/lib/db/tenant";
import { createEmployer } from "@/lib/members/service";
import { scheduleCheckIns } from "@/lib/checkins/schedule";

// Test data made through the domain functions where one exists, so tests exercise real paths.
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createUser(label: string): Promise<CurrentUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@test.example`;
  const user = await systemDb().user.create({ data: { email, name: label } });
  return { id: user.id, email: user.email, name: user.name };
}

export interface TenantFixture {
  id: string;
  slug: string;
  employerId: string;
  /** An open campaign (of a recruiting cohort) that takes postings. */
  campaignId: string;
  /** A running cohort (started three months ago, twelve months long) with the fixture's trainee. */
  cohortId: string;
  /** The TRAINEE user's trainee record, placed at the fixture's employer for the whole cohort. */
  traineeId: string;
  users: Record<Role, CurrentUser>;
  membershipIds: Record<Role, string>;
}

/**
 * A consortium with one member employer and one person in every role: Swedish with a private
 * employer, or (`norway`) Norwegian with a public one, as the applicant lists need.
 */
export async function createTenant(prefix = "t", options: { norway?: boolean } = {}): Promise<TenantFixture> {
  const coordinator = await createUser(`${prefix}-coordinator`);
  const consortium = await createConsortium(coordinator, {
    name: `Test ${prefix}`,
    slug: uniqueSlug(prefix),
    ...(options.norway ? { country: "NO", currency: "NOK", defaultLocale: "nb" } : { country: "SE", currency: "SEK", defaultLocale: "sv" }),
  });
  const employer = await withTenant(consortium.id, coordinator.id, (tx) =>
    createEmployer(tx, { consortiumId: consortium.id, userId: coordinator.id }, {
      name: `Employer ${prefix}`,
      orgNumber: `${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}-${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`,
      sector: options.norway ? "PUBLIC" : "PRIVATE",
      sizeBand: "FROM_10_TO_49",
      municipality: "Karlstad",
      memberSince: "2025-01-01",
      status: "ACTIVE",
    }),
  );
  const users = { COORDINATOR: coordinator } as Record<Role, CurrentUser>;
  for (const role of ["EMPLOYER", "STEERING", "APPLICANT", "TRAINEE"] as const) {
    users[role] = await addMember(consortium.id, role, role === "EMPLOYER" ? employer.id : null, prefix);
  }
  const campaignId = await createOpenCampaign(consortium.id);
  const cohortId = await createRunningCohort(consortium.id);
  const traineeId = await createTraineeIn({ id: consortium.id, employerId: employer.id }, cohortId, users.TRAINEE);
  const memberships = await systemDb().membership.findMany({ where: { consortiumId: consortium.id } });
  const membershipIds = Object.fromEntries(memberships.map((m) => [m.role, m.id])) as Record<Role, string>;
  return { id: consortium.id, slug: consortium.slug, employerId: employer.id, campaignId, cohortId, traineeId, users, membershipIds };
}

/** A UTC date `months` from today's date (negative: in the past), as stored in DATE columns. */
export function monthsFromToday(months: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, Math.min(now.getUTCDate(), 28)));
}

/** A cohort in its programme year: started three months ago, ends in nine. */
export async function createRunningCohort(consortiumId: string, name = `Running ${randomUUID().slice(0, 6)}`, startMonths = -3) {
  const cohort = await systemDb().cohort.create({
    data: {
      consortiumId,
      name,
      startDate: monthsFromToday(startMonths),
      endDate: monthsFromToday(startMonths + 12),
      programmeMonths: 12,
      status: "RUNNING",
    },
  });
  return cohort.id;
}

/**
 * A trainee of the cohort, placed at the employer for the whole cohort, with the cohort's check-ins;
 * linked to `user` when given (a TRAINEE member who can sign in).
 */
export async function createTraineeIn(
  t: { id: string; employerId: string },
  cohortId: string,
  user: CurrentUser | null = null,
  name = `Trainee ${randomUUID().slice(0, 4)}`,
) {
  const cohort = await systemDb().cohort.findUniqueOrThrow({ where: { id: cohortId } });
  const trainee = await systemDb().trainee.create({
    data: {
      consortiumId: t.id,
      cohortId,
      userId: user?.id ?? null,
      name,
      email: user?.email ?? `${randomUUID().slice(0, 8)}@trainee.test.example`,
      alumniConsentAt: new Date(),
      placements: { create: { consortiumId: t.id, employerId: t.employerId, startDate: cohort.startDate, endDate: cohort.endDate } },
    },
  });
  await withTenant(t.id, null, (tx) => scheduleCheckIns(tx, t.id, cohortId, [trainee.id]));
  return trainee.id;
}

export async function addMember(consortiumId: string, role: Role, employerId: string | null, prefix = "t") {
  const user = await createUser(`${prefix}-${role.toLowerCase()}`);
  await systemDb().membership.create({ data: { consortiumId, userId: user.id, role, employerId } });
  return user;
}

const DAY = 86_400_000;

export async function createOpenCampaign(consortiumId: string, name = "2027/28"): Promise<string> {
  const cohort = await systemDb().cohort.create({
    data: {
      consortiumId,
      name,
      startDate: new Date("2027-09-01"),
      endDate: new Date("2028-08-31"),
      programmeMonths: 12,
      status: "RECRUITING",
    },
  });
  const campaign = await systemDb().campaign.create({
    data: { consortiumId, cohortId: cohort.id, opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + 90 * DAY), status: "OPEN" },
  });
  return campaign.id;
}

/** A campaign whose deadline passed at `closesAt` (default: yesterday), of a cohort of its own. */
export async function createClosedCampaign(consortiumId: string, closesAt = new Date(Date.now() - DAY)): Promise<string> {
  const campaignId = await createOpenCampaign(consortiumId, `Closed ${randomUUID().slice(0, 6)}`);
  await systemDb().campaign.update({
    where: { id: campaignId },
    data: { opensAt: new Date(closesAt.getTime() - 60 * DAY), closesAt, status: "CLOSED" },
  });
  return campaignId;
}

/** A posting of the fixture's employer in a given state, made directly for tests of later steps. */
export async function createPostingIn(t: TenantFixture, status: "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED" = "DRAFT") {
  const posting = await systemDb().posting.create({
    data: {
      consortiumId: t.id,
      employerId: t.employerId,
      campaignId: t.campaignId,
      title: `Trainee ${randomUUID().slice(0, 6)}`,
      description: "Plan and follow up regional projects.",
      field: "Samhällsplanering",
      educationLevel: "MASTER",
      municipality: "Karlstad",
      places: 1,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
  return posting.id;
}

/** An applicant with one application in the fixture's campaign. */
export async function createApplicationIn(
  t: TenantFixture,
  stage: "DRAFT" | "SUBMITTED" | "SCREENING" | "SHORTLISTED" | "WITHDRAWN" = "SUBMITTED",
  person: { firstName?: string; lastName?: string; email?: string; field?: string; ties?: ("GREW_UP" | "STUDIED" | "PARTNER_FAMILY" | "NONE")[] } = {},
) {
  const applicant = await systemDb().applicant.create({
    data: {
      consortiumId: t.id,
      firstName: person.firstName ?? "Alva",
      lastName: person.lastName ?? `Test${randomUUID().slice(0, 4)}`,
      email: person.email ?? `applicant-${randomUUID().slice(0, 8)}@test.example`,
      educationLevel: "MASTER",
      field: person.field ?? "Ekonomi",
      university: "Karlstads universitet",
      graduationYear: 2026,
      ties: person.ties ?? ["STUDIED"],
      processingConsentAt: new Date(),
    },
  });
  const application = await systemDb().application.create({
    data: { consortiumId: t.id, applicantId: applicant.id, campaignId: t.campaignId, stage, submittedAt: stage === "DRAFT" ? null : new Date() },
  });
  return application.id;
}

/** An application that ranks a published posting of the fixture's employer first. */
export async function createRankedApplication(t: TenantFixture) {
  const applicationId = await createApplicationIn(t, "SUBMITTED");
  const postingId = await createPostingIn(t, "PUBLISHED");
  await systemDb().applicationPreference.create({ data: { consortiumId: t.id, applicationId, postingId, rank: 1 } });
  return applicationId;
}
