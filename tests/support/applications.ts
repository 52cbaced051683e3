import type { CurrentUser } from "@/lib/auth/session";
import { joinAsApplicantAction, uploadCvAction } from "@/lib/applications/actions";
import { createUser, type TenantFixture } from "./fixtures";
import { pdfBytes } from "./files";

export { pdfBytes };

export function pdfFile(name = "cv.pdf", bytes = pdfBytes()): File {
  return new File([Buffer.from(bytes)], name, { type: "application/pdf" });
}

/** A complete, valid application form for the fixture's campaign. */
export function applicationInput(t: TenantFixture, postingIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    campaignId: t.campaignId,
    firstName: "Sara",
    lastName: "Lind",
    phone: "+46 70 123 45 67",
    educationLevel: "MASTER",
    field: "Ekonomi",
    university: "Karlstads universitet",
    graduationYear: 2026,
    ties: ["STUDIED"],
    livesInRegion: true,
    heardFrom: "UNIVERSITY",
    gender: "UNDISCLOSED",
    genderDescription: "",
    coverLetter: "Jag vill bygga min framtid i Värmland.",
    videoUrl: "https://youtu.be/dQw4w9WgXcQ",
    videoConfirmed: true,
    preferences: postingIds,
    extraAnswers: {},
    processingConsent: true,
    talentPoolConsent: false,
    ...overrides,
  };
}

/** A new person who has joined the consortium as an applicant and uploaded a CV. */
export async function newApplicant(t: TenantFixture, label = "graduate"): Promise<CurrentUser> {
  const user = await createUser(label);
  const joined = await joinAsApplicantAction.runAs(user, { slug: t.slug });
  if (!joined.ok) throw new Error(`join failed: ${joined.error}`);
  const uploaded = await uploadCvAction.runAs(user, t.slug, { campaignId: t.campaignId, file: pdfFile() });
  if (!uploaded.ok) throw new Error(`upload failed: ${uploaded.error}`);
  return user;
}
