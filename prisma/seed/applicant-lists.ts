// Norwegian public members' applicant lists (offentleglova § 25) in the demo: the details the
// lists need for everyone who ranked a public member's posting, a few requests to be left off
// the public list (undecided in the open campaign, decided in the running cohort's), and the
// running cohort's lists as published after its deadline — drawn by the app's own drawLists.
// A random source of its own, so the rest of the demo data stays exactly as it was.
import { randomUUID } from "node:crypto";
import { drawLists, type ListEntry } from "../../lib/applicant-lists/snapshot";
import { campaignWindow } from "./campaigns";
import { SCHEDULE } from "./consortia";
import { addDays, Rng, zoned } from "./random";
import type { Ctx, SeededCampaign } from "./types";

const POSITIONS = ["Masterstudent", "Student", "Rådgiver", "Konsulent", "Saksbehandler", "Prosjektmedarbeider", "Butikkmedarbeider", "Vikar"];
const EXPERIENCE = [
  "Sommerjobb i kommunen to år, deltid i varehandel under studiene.",
  "Ett år som vikar i barnehage; frivillig i idrettslag.",
  "Internship i et konsulentselskap (6 måneder).",
  "Deltid som kundebehandler i bank under studiene.",
];
const REASONS = [
  "Jeg har en fast stilling i dag og ønsker ikke at arbeidsgiveren min skal få vite at jeg søker.",
  "Av personlige grunner ønsker jeg ikke å stå med navn på en offentlig liste.",
  "Jeg er i en søknadsprosess hos en annen arbeidsgiver og ber om at navnet mitt ikke offentliggjøres.",
];

export function buildApplicantLists(ctx: Ctx, running: SeededCampaign, recruiting: SeededCampaign): void {
  if (ctx.spec.country !== "NO") return;
  const rng = new Rng(`${ctx.spec.slug}:applicant-lists`);
  const { rows, consortiumId } = ctx;
  const publicPostings = new Set(
    [...running.postings, ...recruiting.postings].filter((p) => p.employer.spec.sector === "PUBLIC").map((p) => p.id),
  );
  const applications = new Map(rows.applications.filter((a) => a.consortiumId === consortiumId).map((a) => [a.id!, a]));
  const applicants = new Map(rows.applicants.filter((a) => a.consortiumId === consortiumId).map((a) => [a.id!, a]));
  const rankedPublic = new Map<string, string[]>();
  for (const p of rows.preferences) {
    if (p.consortiumId !== consortiumId || !publicPostings.has(p.postingId)) continue;
    rankedPublic.set(p.applicationId, [...(rankedPublic.get(p.applicationId) ?? []), p.postingId]);
  }
  // Everyone who ranked a public posting gave what the lists need.
  for (const applicationId of rankedPublic.keys()) {
    const applicant = applicants.get(applications.get(applicationId)!.applicantId)!;
    Object.assign(applicant, {
      birthYear: applicant.graduationYear - rng.int(22, 28),
      currentPosition: rng.pick(POSITIONS),
      homeMunicipality: rng.pick(rng.chance(0.8) ? ctx.spec.people.regionMunicipalities : ctx.spec.people.elsewhere),
      workExperience: rng.chance(0.7) ? rng.pick(EXPERIENCE) : null,
    });
  }
  const onPosting = (postingId: string) =>
    rows.preferences
      .filter((p) => p.postingId === postingId)
      .map((p) => applications.get(p.applicationId)!)
      .filter((a) => a.stage !== "DRAFT" && a.stage !== "WITHDRAWN" && !applicants.get(a.applicantId)!.userId);
  const request = (applicationId: string, postingId: string, extra: Partial<(typeof rows.listExemptions)[number]> = {}) =>
    rows.listExemptions.push({ id: randomUUID(), consortiumId, applicationId, postingId, reason: rng.pick(REASONS), createdAt: addDays(campaignWindow(ctx, "running").closesAt, -3), ...extra });

  // The open campaign: requests waiting for the coordinator or Hamar kommune's contact.
  const firstPublic = recruiting.postings.find((p) => p.status === "PUBLISHED" && p.employer.id === ctx.employers[0].id);
  if (firstPublic) for (const a of onPosting(firstPublic.id).slice(0, 3)) request(a.id!, firstPublic.id, { createdAt: a.submittedAt ?? undefined });

  // The running cohort's campaign: decided requests and the lists as published a week after its deadline.
  const publishedAt = zoned("2026-03-09", "10:00", ctx.spec.timeZone);
  const decidedAt = zoned("2026-03-02", "14:00", ctx.spec.timeZone);
  for (const posting of running.postings.filter((p) => publicPostings.has(p.id))) {
    const listed = onPosting(posting.id);
    const exempted = new Set<string>();
    if (posting.employer.id === ctx.employers[0].id && listed.length > 3) {
      const [granted, refused] = listed.filter((a) => a.stage !== "HIRED").slice(-2);
      request(granted.id!, posting.id, { status: "GRANTED", decisionNote: "Stillingen er en traineestilling uten særlig offentlig interesse.", decidedById: ctx.coordinatorUserId, decidedAt });
      request(refused.id!, posting.id, {
        status: "REFUSED", decisionNote: "Begrunnelsen gjelder ikke forhold som veier tyngre enn offentlighetens interesse.", decidedById: ctx.coordinatorUserId, decidedAt,
        withdrawBy: addDays(decidedAt, 7), answer: "KEPT", answeredAt: addDays(decidedAt, 1),
      });
      exempted.add(granted.id!);
    }
    // The demo trainee's own application counts too (it has a user, so onPosting left it out).
    const all = rows.preferences.filter((p) => p.postingId === posting.id).map((p) => applications.get(p.applicationId)!).filter((a) => a.stage !== "DRAFT" && a.stage !== "WITHDRAWN");
    const entries: ListEntry[] = all.map((a) => {
      const person = applicants.get(a.applicantId)!;
      return {
        applicationId: a.id!, firstName: person.firstName, lastName: person.lastName, gender: person.gender ?? "UNDISCLOSED",
        birthYear: person.birthYear ?? null, position: person.currentPosition ?? null, municipality: person.homeMunicipality ?? null,
        education: { level: person.educationLevel, field: person.field, university: person.university, graduationYear: person.graduationYear },
        experience: person.workExperience ?? null, exempted: exempted.has(a.id!),
      };
    });
    const lists = drawLists(entries, 2026, "nb");
    const seeded = rows.postings.find((p) => p.id === posting.id)!;
    rows.applicantLists.push({
      id: randomUUID(), consortiumId, postingId: posting.id, publishedAt, publishedById: ctx.coordinatorUserId,
      heading: { title: seeded.title, employer: posting.employer.spec.name, municipality: seeded.municipality, cohort: SCHEDULE.running.name, closesAt: campaignWindow(ctx, "running").closesAt.toISOString() },
      total: lists.total, genders: lists.genders, publicRows: lists.publicRows, extendedRows: lists.extendedRows as object[], applicationIds: lists.applicationIds,
      createdAt: publishedAt,
    });
    rows.auditEvents.push({ id: randomUUID(), consortiumId, actorUserId: ctx.coordinatorUserId, action: "applicantList.publish", targetType: "Posting", targetId: posting.id, data: { total: lists.total, exempted: exempted.size }, createdAt: publishedAt });
  }
}
