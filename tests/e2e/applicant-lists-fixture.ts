import { randomBytes } from "node:crypto";
import { db, userIdOf } from "./support";

// A Norwegian consortium of its own for the applicant-list journey, so that deciding, withdrawing
// and publishing touch nothing another spec reads: two postings of a public member (Elverum
// kommune), one of a private one, an open campaign, and two applicants already on the second
// public posting (a woman and a man) besides the person who applies in the journey.

// Lower case and dashes only: the consortium's id is part of its stored files' keys (lib/storage).
const id = () => `e2e-${randomBytes(8).toString("hex")}`;

export interface ListWorld {
  slug: string;
  campaignId: string;
  postingA: { id: string; title: string };
  postingB: { id: string; title: string };
  privatePosting: { id: string; title: string };
  coordinator: string;
  /** Applied to the private posting only. */
  outsider: string;
}

async function applicant(consortiumId: string, campaignId: string, postingIds: string[], person: { first: string; last: string; gender: string; email?: string }) {
  const userId = person.email ? await userIdOf(person.email) : null;
  if (userId) await db.query(`INSERT INTO "Membership" (id, "consortiumId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'APPLICANT', now())`, [id(), consortiumId, userId]);
  const applicantId = id();
  await db.query(
    `INSERT INTO "Applicant" (id, "consortiumId", "userId", "firstName", "lastName", email, "educationLevel", field, university, "graduationYear", gender,
                              "birthYear", "currentPosition", "homeMunicipality", "workExperience", "processingConsentAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, 'MASTER', 'Samfunnsplanlegging', 'Universitetet i Innlandet', 2025, $7, 1997, 'Rådgiver', 'Elverum', 'To år i NAV.', now(), now())`,
    [applicantId, consortiumId, userId, person.first, person.last, person.email ?? `${id()}@e2e.example`, person.gender],
  );
  const applicationId = id();
  await db.query(
    `INSERT INTO "Application" (id, "consortiumId", "applicantId", "campaignId", stage, "videoUrl", "videoConfirmed", "coverLetter", "submittedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'SUBMITTED', 'https://youtu.be/dQw4w9WgXcQ', true, 'Jeg vil bo i Innlandet.', now(), now())`,
    [applicationId, consortiumId, applicantId, campaignId],
  );
  for (const [i, postingId] of postingIds.entries()) {
    await db.query(`INSERT INTO "ApplicationPreference" (id, "consortiumId", "applicationId", "postingId", rank) VALUES ($1, $2, $3, $4, $5)`, [id(), consortiumId, applicationId, postingId, i + 1]);
  }
}

export async function createListWorld(): Promise<ListWorld> {
  const tag = randomBytes(3).toString("hex");
  const slug = `e2e-lister-${tag}`;
  const consortiumId = id();
  await db.query(
    `INSERT INTO "Consortium" (id, slug, name, country, currency, "defaultLocale", "timeZone", "updatedAt") VALUES ($1, $2, $3, 'NO', 'NOK', 'nb', 'Europe/Oslo', now())`,
    [consortiumId, slug, `Trainee Sør-Østerdal ${tag}`],
  );
  const coordinator = `koordinator-${tag}@e2e.example`;
  await db.query(`INSERT INTO "Membership" (id, "consortiumId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'COORDINATOR', now())`, [id(), consortiumId, await userIdOf(coordinator)]);
  const employer = async (name: string, sector: string) => {
    const employerId = id();
    await db.query(
      `INSERT INTO "Employer" (id, "consortiumId", name, "orgNumber", sector, "sizeBand", municipality, "memberSince", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'FROM_250', 'Elverum', '2025-01-01', now())`,
      [employerId, consortiumId, name, String(Math.floor(1e8 + Math.random() * 9e8)), sector],
    );
    return employerId;
  };
  const [elverum, mjosdata] = [await employer("Elverum kommune", "PUBLIC"), await employer("Mjøsdata AS", "PRIVATE")];
  const cohortId = id();
  await db.query(
    `INSERT INTO "Cohort" (id, "consortiumId", name, "startDate", "endDate", "programmeMonths", status, "updatedAt") VALUES ($1, $2, '2027/28', '2027-09-01', '2028-08-31', 12, 'RECRUITING', now())`,
    [cohortId, consortiumId],
  );
  const campaignId = id();
  await db.query(
    `INSERT INTO "Campaign" (id, "consortiumId", "cohortId", "opensAt", "closesAt", status, "consentText", "updatedAt")
     VALUES ($1, $2, $3, now() - interval '1 day', now() + interval '30 days', 'OPEN', $4, now())`,
    [campaignId, consortiumId, cohortId, JSON.stringify({ nb: "Jeg samtykker til at opplysningene behandles.", sv: "Jag samtycker.", en: "I agree." })],
  );
  const posting = async (employerId: string, title: string) => {
    const postingId = id();
    await db.query(
      `INSERT INTO "Posting" (id, "consortiumId", "employerId", "campaignId", title, description, field, "educationLevel", municipality, places, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'Et år i regionen.', 'Samfunnsplanlegging', 'MASTER', 'Elverum', 1, 'PUBLISHED', now(), now())`,
      [postingId, consortiumId, employerId, campaignId, title],
    );
    return { id: postingId, title };
  };
  const postingA = await posting(elverum, `Trainee i byutvikling ${tag}`);
  const postingB = await posting(elverum, `Trainee i helse og omsorg ${tag}`);
  const privatePosting = await posting(mjosdata, `Trainee i programvare ${tag}`);
  await applicant(consortiumId, campaignId, [postingB.id], { first: "Hanne", last: "Strand", gender: "WOMAN" });
  await applicant(consortiumId, campaignId, [postingB.id], { first: "Bjørn", last: "Dahl", gender: "MAN" });
  const outsider = `utenfor-${tag}@e2e.example`;
  await applicant(consortiumId, campaignId, [privatePosting.id], { first: "Tor", last: "Utenfor", gender: "MAN", email: outsider });
  return { slug, campaignId, postingA, postingB, privatePosting, coordinator, outsider };
}

/** The deadline passes. */
export async function closeCampaign(campaignId: string) {
  await db.query(`UPDATE "Campaign" SET "closesAt" = now() - interval '1 minute' WHERE id = $1`, [campaignId]);
}
