import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import type { Gender } from "@/lib/db/generated/enums";
import { createClosedCampaign, type TenantFixture } from "./fixtures";

// Test data for the Norwegian applicant lists, written directly for tests of later steps (the
// journey from the form is tested through the actions themselves).

/** A published posting of the fixture's employer (public in a Norwegian fixture) in `campaignId`. */
export async function listPostingIn(t: TenantFixture, campaignId = t.campaignId, employerId = t.employerId) {
  const posting = await systemDb().posting.create({
    data: {
      consortiumId: t.id, employerId, campaignId, title: `Trainee ${randomUUID().slice(0, 6)}`, description: "Planlegging.",
      field: "Samfunnsplanlegging", educationLevel: "MASTER", municipality: "Hamar", places: 1, status: "PUBLISHED", publishedAt: new Date(),
    },
  });
  return posting.id;
}

/** A closed campaign of its own with one published posting of the fixture's employer. */
export async function closedListPosting(t: TenantFixture) {
  return listPostingIn(t, await createClosedCampaign(t.id));
}

export interface ListPerson {
  firstName?: string;
  lastName?: string;
  gender?: Gender;
  birthYear?: number | null;
  userId?: string | null;
  email?: string;
  stage?: "SUBMITTED" | "SCREENING" | "REJECTED" | "WITHDRAWN";
}

/** An applicant with the list's details and a sent application ranking `postingIds` in order. */
export async function addListApplicant(t: TenantFixture, postingIds: string[], person: ListPerson = {}) {
  const posting = await systemDb().posting.findUniqueOrThrow({ where: { id: postingIds[0] } });
  const applicant = await systemDb().applicant.create({
    data: {
      consortiumId: t.id, userId: person.userId ?? null, firstName: person.firstName ?? "Kari", lastName: person.lastName ?? `Test${randomUUID().slice(0, 4)}`,
      email: person.email ?? `list-${randomUUID().slice(0, 8)}@test.example`, educationLevel: "MASTER", field: "Økonomi", university: "Universitetet i Innlandet",
      graduationYear: 2026, gender: person.gender ?? "WOMAN", birthYear: person.birthYear === undefined ? 2000 : person.birthYear,
      currentPosition: "Masterstudent", homeMunicipality: "Hamar", workExperience: "Sommerjobb i kommunen.", processingConsentAt: new Date(),
    },
  });
  const application = await systemDb().application.create({
    data: {
      consortiumId: t.id, applicantId: applicant.id, campaignId: posting.campaignId, stage: person.stage ?? "SUBMITTED", submittedAt: new Date(),
      preferences: { create: postingIds.map((postingId, i) => ({ consortiumId: t.id, postingId, rank: i + 1 })) },
    },
  });
  return { applicantId: applicant.id, applicationId: application.id };
}

/** A request to be left off `postingId`'s public list, undecided unless `data` says otherwise. */
export async function addExemption(t: TenantFixture, applicationId: string, postingId: string, data: Record<string, unknown> = {}) {
  const exemption = await systemDb().listExemption.create({
    data: { consortiumId: t.id, applicationId, postingId, reason: "Jeg har en fast jobb i dag.", ...data },
  });
  return exemption.id;
}

/** A refusal the applicant may still answer (a week to withdraw). */
export const refusedOpen = () => ({ status: "REFUSED" as const, decisionNote: "Særlig offentlig interesse.", decidedAt: new Date(), withdrawBy: new Date(Date.now() + 7 * 86_400_000) });
