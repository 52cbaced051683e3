import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import { systemDb } from "@/lib/db/client";
import type { TenantFixture } from "./fixtures";

const DAY = 86_400_000;

/** A slot of the fixture's campaign, a week ahead unless told otherwise. */
export async function createSlotIn(t: TenantFixture, options: { startsAt?: Date; capacity?: number; meetingUrl?: string } = {}) {
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * DAY);
  const slot = await systemDb().interviewSlot.create({
    data: {
      consortiumId: t.id,
      campaignId: t.campaignId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      location: "Stadshuset, rum 3",
      meetingUrl: options.meetingUrl ?? null,
      interviewers: ["Anna Lind", "Per Olsson"],
      capacity: options.capacity ?? 1,
    },
  });
  return slot.id;
}

/**
 * The person's own application in the fixture's campaign (made once per person), invited to an
 * interview: what an applicant who can book has. Calling it again puts it back in INTERVIEW.
 */
export async function invitedApplicationOf(t: TenantFixture, user: CurrentUser, stage: "INTERVIEW" | "SHORTLISTED" = "INTERVIEW") {
  const applicant = await systemDb().applicant.upsert({
    where: { consortiumId_email: { consortiumId: t.id, email: user.email } },
    update: {},
    create: {
      consortiumId: t.id,
      userId: user.id,
      firstName: user.name ?? "Elin",
      lastName: `Test${randomUUID().slice(0, 4)}`,
      email: user.email,
      educationLevel: "MASTER",
      field: "Ekonomi",
      university: "Karlstads universitet",
      graduationYear: 2026,
      ties: ["STUDIED"],
      processingConsentAt: new Date(),
    },
  });
  const invited = { stage, interviewInvitedAt: stage === "INTERVIEW" ? new Date() : null };
  const application = await systemDb().application.upsert({
    where: { campaignId_applicantId: { campaignId: t.campaignId, applicantId: applicant.id } },
    update: invited,
    create: { consortiumId: t.id, applicantId: applicant.id, campaignId: t.campaignId, submittedAt: new Date(), ...invited },
  });
  return application.id;
}

/** A date `days` ahead as the slot form sends it. */
export function dateAhead(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}
