import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import type { EducationLevel, FollowUpWave, Gender, HeardFrom, RegionTie, TraineeStatus, TriState } from "@/lib/db/generated/enums";
import { createTenant, type TenantFixture } from "./fixtures";

// The outcome-metrics fixture (tests/integration/metrics.test.ts computes every figure from it by
// hand): four cohorts in 2018–2021 of a fresh consortium, made row by row so each fact is visible.
// A 2018 live cohort with applications, offers and postings; a 2019 cohort whose campaign was
// erased (frozen figures); a 2020 imported cohort with campaign figures; an imported 2020 cohort
// without a campaign. createTenant's own cohorts start in 2026 and 2027, outside the years asked.

const d = (iso: string) => new Date(iso);

export interface MetricsFixture {
  t: TenantFixture;
  cohorts: { A: string; B: string; C: string; D: string };
  employers: { E1: string; E2: string; E3: string; E4: string; E6: string };
}

async function cohort(consortiumId: string, name: string, start: string, end: string, imported = false) {
  const c = await systemDb().cohort.create({
    data: { consortiumId, name, startDate: d(start), endDate: d(end), programmeMonths: 12, status: "FINISHED", imported },
  });
  return c.id;
}

async function campaign(consortiumId: string, cohortId: string, figures: Record<string, number | Date | null> = {}) {
  const c = await systemDb().campaign.create({
    data: { consortiumId, cohortId, opensAt: d("2018-01-01"), closesAt: d("2018-03-01"), status: "CLOSED", ...figures },
  });
  return c.id;
}

async function employer(consortiumId: string, name: string, memberSince: string, memberUntil: string | null = null) {
  const e = await systemDb().employer.create({
    data: { consortiumId, name, sector: "PRIVATE", memberSince: d(memberSince), memberUntil: memberUntil ? d(memberUntil) : null },
  });
  return e.id;
}

async function posting(consortiumId: string, campaignId: string, employerId: string, places: number, publishedAt: string | null) {
  const p = await systemDb().posting.create({
    data: {
      consortiumId, campaignId, employerId, places, title: `Trainee ${randomUUID().slice(0, 4)}`, description: "Roll.", field: "Ekonomi",
      educationLevel: "MASTER", municipality: "Karlstad", status: publishedAt ? "PUBLISHED" : "DRAFT", publishedAt: publishedAt ? d(publishedAt) : null,
    },
  });
  return p.id;
}

interface ApplicationSpec {
  stage: "DRAFT" | "SUBMITTED" | "SCREENING" | "REJECTED" | "HIRED" | "OFFER" | "WITHDRAWN";
  livesInRegion: boolean;
  heardFrom: HeardFrom | null;
  invited?: boolean;
  offer?: { postingId: string; employerId: string; status: "ACCEPTED" | "DECLINED" };
  /** An audit trail entry of a stage change. */
  moved?: { from: string; to: string };
}

export async function application(consortiumId: string, campaignId: string, spec: ApplicationSpec) {
  const db = systemDb();
  const applicant = await db.applicant.create({
    data: {
      consortiumId, firstName: "Ada", lastName: randomUUID().slice(0, 6), email: `m-${randomUUID().slice(0, 8)}@test.example`,
      educationLevel: "MASTER", field: "Ekonomi", university: "KaU", graduationYear: 2018, ties: [], livesInRegion: spec.livesInRegion, heardFrom: spec.heardFrom,
    },
  });
  const app = await db.application.create({
    data: { consortiumId, applicantId: applicant.id, campaignId, stage: spec.stage, interviewInvitedAt: spec.invited ? d("2018-03-10") : null },
  });
  if (spec.offer) {
    await db.offer.create({ data: { consortiumId, applicationId: app.id, ...spec.offer, startDate: d("2018-09-01") } });
  }
  if (spec.moved) {
    await db.auditEvent.create({ data: { consortiumId, action: "application.stage", targetType: "Application", targetId: app.id, data: spec.moved } });
  }
  return { applicantId: applicant.id, applicationId: app.id };
}

export interface TraineeSpec {
  gender: Gender;
  education: EducationLevel | null;
  field: string | null;
  ties: RegionTie[];
  status: TraineeStatus;
  offeredJob?: TriState;
  acceptedOffer?: TriState;
  residence?: string | null;
  applicantId?: string;
  imported?: boolean;
  followUps?: Partial<Record<FollowUpWave, TriState>>;
  placements: [employerId: string, start: string, end: string][];
}

export async function trainee(consortiumId: string, cohortId: string, s: TraineeSpec) {
  const name = `Trainee ${randomUUID().slice(0, 6)}`;
  const created = await systemDb().trainee.create({
    data: {
      consortiumId, cohortId, name, gender: s.gender, educationLevel: s.education, field: s.field, ties: s.ties, status: s.status,
      offeredJob: s.offeredJob ?? "UNKNOWN", acceptedOffer: s.acceptedOffer ?? "UNKNOWN", residenceMunicipality: s.residence ?? null,
      applicantId: s.applicantId ?? null, importKey: s.imported ? `${cohortId}|${name}` : null,
      placements: { create: s.placements.map(([employerId, start, end]) => ({ consortiumId, employerId, startDate: d(start), endDate: d(end) })) },
      followUps: { create: Object.entries(s.followUps ?? {}).map(([wave, livesInRegion]) => ({ consortiumId, wave: wave as FollowUpWave, livesInRegion })) },
    },
  });
  return created.id;
}

export async function createMetricsFixture(): Promise<MetricsFixture> {
  const t = await createTenant("mx");
  const c = t.id;
  await systemDb().consortium.update({ where: { id: c }, data: { municipalities: ["Karlstad", "Arvika"], timeZone: "Europe/Stockholm" } });
  const E1 = await employer(c, "Alfa AB", "2017-01-01");
  const E2 = await employer(c, "Beta kommun", "2018-06-01", "2019-12-31");
  const E3 = await employer(c, "Gamma AB", "2019-01-01");
  const E4 = await employer(c, "Delta AB", "2020-01-01", "2020-12-31");
  await employer(c, "Epsilon AB", "2016-01-01", "2017-12-31");
  const E6 = await employer(c, "Zeta AB", "2021-03-01");

  const A = await cohort(c, "Trainee 2018", "2018-09-01", "2019-08-31");
  const campA = await campaign(c, A);
  const P1 = await posting(c, campA, E1, 2, "2018-02-01T09:00:00Z");
  await posting(c, campA, E2, 1, "2018-02-01T09:00:00Z");
  await posting(c, campA, E1, 5, null);
  await application(c, campA, { stage: "SUBMITTED", livesInRegion: false, heardFrom: "SOCIAL_MEDIA" });
  await application(c, campA, { stage: "DRAFT", livesInRegion: false, heardFrom: "FRIEND" });
  await application(c, campA, { stage: "REJECTED", livesInRegion: true, heardFrom: null, moved: { from: "INTERVIEW", to: "REJECTED" } });
  await application(c, campA, { stage: "REJECTED", livesInRegion: false, heardFrom: "SOCIAL_MEDIA", invited: true });
  const a5 = await application(c, campA, { stage: "HIRED", livesInRegion: true, heardFrom: "UNIVERSITY", offer: { postingId: P1, employerId: E1, status: "ACCEPTED" } });
  const a6 = await application(c, campA, { stage: "HIRED", livesInRegion: false, heardFrom: "SOCIAL_MEDIA", offer: { postingId: P1, employerId: E1, status: "ACCEPTED" } });
  await application(c, campA, { stage: "OFFER", livesInRegion: true, heardFrom: "CAREER_FAIR", offer: { postingId: P1, employerId: E1, status: "DECLINED" } });
  await application(c, campA, { stage: "WITHDRAWN", livesInRegion: false, heardFrom: null });
  await application(c, campA, { stage: "SCREENING", livesInRegion: true, heardFrom: "FRIEND", moved: { from: "SUBMITTED", to: "SCREENING" } });
  const yearA: [string, string] = ["2018-09-01", "2019-08-31"];
  await trainee(c, A, {
    gender: "WOMAN", education: "MASTER", field: "Ekonomi", ties: ["GREW_UP", "STUDIED"], status: "COMPLETED", offeredJob: "YES", acceptedOffer: "YES",
    residence: "Stockholm", applicantId: a5.applicantId, followUps: { END: "YES", YEAR_1: "YES", YEAR_3: "NO" }, placements: [[E1, ...yearA]],
  });
  await trainee(c, A, {
    gender: "MAN", education: "BACHELOR", field: "IT", ties: [], status: "COMPLETED", offeredJob: "YES", acceptedOffer: "NO", residence: "Karlstad",
    applicantId: a6.applicantId, followUps: { END: "UNKNOWN", YEAR_1: "NO" }, placements: [[E1, "2018-09-01", "2019-02-28"], [E2, "2019-03-01", "2019-08-31"]],
  });
  await trainee(c, A, {
    gender: "WOMAN", education: null, field: null, ties: ["NONE"], status: "DROPPED_OUT", residence: "Oslo", followUps: { YEAR_1: "UNKNOWN" },
    placements: [[E2, "2018-09-01", "2018-12-15"]],
  });
  await trainee(c, A, { gender: "OTHER", education: "PHD", field: " Ekonomi ", ties: ["STUDIED"], status: "ACTIVE", offeredJob: "NO", placements: [[E3, ...yearA]] });

  const B = await cohort(c, "Trainee 2019", "2019-09-01", "2020-08-31");
  const campB = await campaign(c, B, { erasedAt: d("2021-03-01"), applicantsTotal: 40, applicantsOutside: 12, interviewedTotal: 10, offeredTotal: null });
  const P4 = await posting(c, campB, E2, 2, "2019-02-01T09:00:00Z");
  const b1 = await application(c, campB, { stage: "HIRED", livesInRegion: true, heardFrom: "FRIEND", offer: { postingId: P4, employerId: E2, status: "ACCEPTED" } });
  const yearB: [string, string] = ["2019-09-01", "2020-08-31"];
  await trainee(c, B, {
    gender: "WOMAN", education: "MASTER", field: "IT", ties: ["PARTNER_FAMILY"], status: "COMPLETED", offeredJob: "NO", applicantId: b1.applicantId,
    followUps: { END: "NO", YEAR_1: "YES", YEAR_3: "YES" }, placements: [[E2, ...yearB]],
  });
  await trainee(c, B, {
    gender: "WOMAN", education: "MASTER", field: "Ekonomi", ties: ["GREW_UP"], status: "COMPLETED", offeredJob: "YES", acceptedOffer: "YES",
    residence: "Arvika", followUps: { END: "UNKNOWN", YEAR_1: "YES", YEAR_3: "UNKNOWN" }, placements: [[E3, ...yearB]],
  });

  const C = await cohort(c, "Trainee 2020", "2020-09-01", "2021-08-31", true);
  await campaign(c, C, { applicantsTotal: 25, applicantsOutside: null, interviewedTotal: 8, placesTotal: 5, offeredTotal: null });
  const yearC: [string, string] = ["2020-09-01", "2021-08-31"];
  await trainee(c, C, {
    gender: "MAN", education: "BACHELOR", field: "IT", ties: ["GREW_UP"], status: "COMPLETED", offeredJob: "YES", acceptedOffer: "YES", residence: "Karlstad",
    imported: true, followUps: { YEAR_1: "YES" }, placements: [[E1, ...yearC]],
  });
  await trainee(c, C, {
    gender: "WOMAN", education: "PHD", field: "Biologi", ties: [], status: "DROPPED_OUT", imported: true, followUps: { END: "NO" },
    placements: [[E4, "2020-09-01", "2020-11-30"]],
  });
  await trainee(c, C, {
    gender: "UNDISCLOSED", education: "MASTER", field: "IT", ties: ["STUDIED", "GREW_UP"], status: "COMPLETED", offeredJob: "NO", acceptedOffer: "NO",
    imported: true, followUps: { YEAR_3: "NO" }, placements: [[E1, ...yearC]],
  });

  const D = await cohort(c, "Trainee vår 2020", "2020-01-15", "2020-12-15", true);
  await trainee(c, D, {
    gender: "MAN", education: "MASTER", field: "IT", ties: ["NONE"], status: "COMPLETED", offeredJob: "YES", acceptedOffer: "YES", residence: "Arvika",
    imported: true, placements: [[E4, "2020-01-15", "2020-12-15"]],
  });

  // Published at 00:30 on 1 January 2021 in Stockholm: a posting of 2021, not of 2020.
  await posting(c, t.campaignId, E6, 1, "2020-12-31T23:30:00Z");
  return { t, cohorts: { A, B, C, D }, employers: { E1, E2, E3, E4, E6 } };
}
