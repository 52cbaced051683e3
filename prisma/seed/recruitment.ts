// Applicants, their applications with ranked postings, reviewers' ratings and the offers that
// made some of them trainees.
import { randomUUID } from "node:crypto";
import type { ApplicationStage } from "../../lib/db/generated/enums";
import type { CampaignWindow } from "./campaigns";
import { SCHEDULE } from "./consortia";
import { makePerson, type Person } from "./people";
import { addDays, addMinutes, addMonths, between, day, TODAY, zoned } from "./random";
import { COVER_CLOSINGS, COVER_MIDDLES, COVER_OPENINGS, EVALUATION_COMMENTS, RATING_CRITERIA } from "./texts";
import type { Ctx, Hire, SeededCampaign, SeededPosting } from "./types";

const VIDEO_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Shares of the open campaign's applications per stage; the rest are SUBMITTED. */
const OPEN_STAGES: [ApplicationStage, number][] = [
  ["DRAFT", 0.12], ["SCREENING", 0.25], ["SHORTLISTED", 0.12], ["INTERVIEW", 0.05], ["REJECTED", 0.08], ["WITHDRAWN", 0.05],
];

interface ApplicationInput {
  person: Person;
  stage: ApplicationStage;
  preferences: SeededPosting[];
  submittedAt: Date | null;
  stageChangedAt: Date;
  createdAt: Date;
  talentPool: boolean;
  userId?: string;
}

/** Writes an applicant with one application; returns the application's id. */
function addApplication(ctx: Ctx, campaign: SeededCampaign, input: ApplicationInput): { applicantId: string; applicationId: string } {
  const { rng, consortiumId, lang } = ctx;
  const { person, stage, submittedAt } = input;
  const applicantId = randomUUID();
  const applicationId = randomUUID();
  const poolFrom = input.talentPool && submittedAt ? submittedAt : null;
  ctx.rows.applicants.push({
    id: applicantId,
    consortiumId,
    userId: input.userId ?? null,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    phone: person.phone,
    educationLevel: person.educationLevel,
    field: person.fieldLabel,
    university: person.university,
    graduationYear: person.graduationYear,
    ties: person.ties,
    livesInRegion: person.livesInRegion,
    heardFrom: person.heardFrom,
    genderDescription: person.genderDescription,
    gender: person.gender,
    processingConsentAt: input.createdAt,
    talentPoolConsentAt: poolFrom,
    talentPoolExpiresAt: poolFrom ? addMonths(poolFrom, 12) : null,
    createdAt: input.createdAt,
  });
  const draft = stage === "DRAFT";
  const hasVideo = !draft || rng.chance(0.5);
  ctx.rows.applications.push({
    id: applicationId,
    consortiumId,
    applicantId,
    campaignId: campaign.id,
    stage,
    // Stored as the application form stores it: the embeddable form of the link.
    videoUrl: hasVideo ? `https://www.youtube-nocookie.com/embed/${rng.chars(11, VIDEO_ID_CHARS)}` : null,
    videoConfirmed: !draft,
    coverLetter: draft && rng.chance(0.5) ? null : [rng.pick(COVER_OPENINGS[lang]), rng.pick(COVER_MIDDLES[lang]), rng.pick(COVER_CLOSINGS[lang])].join(" "),
    submittedAt,
    stageChangedAt: input.stageChangedAt,
    createdAt: input.createdAt,
  });
  input.preferences.forEach((posting, i) =>
    ctx.rows.preferences.push({ id: randomUUID(), consortiumId, applicationId, postingId: posting.id, rank: i + 1 }),
  );
  return { applicantId, applicationId };
}

/** 1–3 distinct postings, the first often in the applicant's own field. */
function choosePreferences(ctx: Ctx, postings: SeededPosting[], person: Person, first?: SeededPosting): SeededPosting[] {
  const { rng } = ctx;
  const count = rng.weighted([[1, 2], [2, 3], [3, 5]] as const);
  const chosen: SeededPosting[] = first ? [first] : [];
  const matching = postings.filter((p) => p.field === person.field);
  if (!first && matching.length > 0 && rng.chance(0.6)) chosen.push(rng.pick(matching));
  for (const posting of rng.shuffle(postings)) {
    if (chosen.length >= count) break;
    if (!chosen.includes(posting)) chosen.push(posting);
  }
  return chosen;
}

function addEvaluation(ctx: Ctx, applicationId: string, reviewerId: string, stage: ApplicationStage, at: Date): void {
  const { rng } = ctx;
  const base = stage === "REJECTED" ? rng.int(1, 3) : stage === "SCREENING" ? rng.int(2, 4) : rng.int(4, 5);
  const scores = Object.fromEntries(RATING_CRITERIA.map((c) => [c.key, Math.min(5, Math.max(1, base + rng.int(-1, 1)))]));
  ctx.rows.evaluations.push({
    id: randomUUID(),
    consortiumId: ctx.consortiumId,
    applicationId,
    reviewerId,
    scores,
    rating: base,
    comment: rng.chance(0.6) ? rng.pick(EVALUATION_COMMENTS[ctx.lang]) : null,
    createdAt: at,
  });
}

/** Submission times pile up in the last 48 hours before the deadline. */
function rushSubmission(ctx: Ctx, window: CampaignWindow): Date {
  const rushStart = addDays(window.closesAt, -2);
  return ctx.rng.chance(0.55) ? between(ctx.rng, rushStart, window.closesAt) : between(ctx.rng, window.opensAt, rushStart);
}

/**
 * A closed campaign: the hired (one per place, in posting order) and, for the running cohort's
 * campaign, the rejected. The finished cohort's rejected applicants are past retention and gone.
 */
export function buildClosedRecruitment(ctx: Ctx, key: "finished" | "running", campaign: SeededCampaign, window: CampaignWindow): Hire[] {
  const { rng } = ctx;
  const hiredAt = zoned(SCHEDULE[key].hiredOn ?? SCHEDULE[key].start, "10:00", ctx.spec.timeZone);
  const slots = campaign.postings.flatMap((p) => Array.from({ length: p.places }, () => p));
  const total = key === "finished" ? slots.length : ctx.spec.running.applicants;
  const employerPostings = new Set(campaign.postings.filter((p) => p.employer.id === ctx.employers[0].id));
  const hires: Hire[] = [];
  for (let i = 0; i < total; i++) {
    const slot = slots[i];
    const person = makePerson(ctx, key, slot?.field);
    const submittedAt = rushSubmission(ctx, window);
    const stage: ApplicationStage = slot ? "HIRED" : "REJECTED";
    const preferences = choosePreferences(ctx, campaign.postings, person, slot);
    const ids = addApplication(ctx, campaign, {
      person,
      stage,
      preferences,
      submittedAt,
      stageChangedAt: slot ? addDays(hiredAt, i % 5) : between(rng, window.closesAt, addDays(window.closesAt, 30)),
      createdAt: addMinutes(submittedAt, -rng.int(30, 60 * 24 * 6)),
      talentPool: !slot && rng.chance(0.35),
    });
    const reviewedAt = between(rng, window.closesAt, addDays(window.closesAt, 20));
    if (slot || rng.chance(0.3)) addEvaluation(ctx, ids.applicationId, ctx.coordinatorMembershipId, stage, reviewedAt);
    if (key === "running" && preferences.some((p) => employerPostings.has(p))) {
      addEvaluation(ctx, ids.applicationId, ctx.employerMembershipId, stage, addDays(reviewedAt, 1));
    }
    if (!slot) continue;
    const acceptedAt = addDays(hiredAt, i % 5);
    ctx.rows.offers.push({
      id: randomUUID(),
      consortiumId: ctx.consortiumId,
      applicationId: ids.applicationId,
      employerId: slot.employer.id,
      postingId: slot.id,
      startDate: day(SCHEDULE[key].start),
      status: "ACCEPTED",
      respondedAt: acceptedAt,
      createdAt: addDays(acceptedAt, -3),
    });
    hires.push({
      ...ids,
      posting: slot,
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
      gender: person.gender,
      educationLevel: person.educationLevel,
      field: person.fieldLabel,
      ties: person.ties,
      hiredAt: acceptedAt,
    });
  }
  return hires;
}

/** The open campaign: applications at every stage up to interview, none decided yet. */
export function buildOpenRecruitment(ctx: Ctx, campaign: SeededCampaign, window: CampaignWindow): void {
  const { rng } = ctx;
  const total = ctx.spec.recruiting.applicants;
  const stages: ApplicationStage[] = OPEN_STAGES.flatMap(([stage, share]) => Array.from({ length: Math.round(total * share) }, () => stage));
  while (stages.length < total) stages.push("SUBMITTED");
  const published = campaign.postings.filter((p) => p.status === "PUBLISHED");
  const employerPostings = new Set(published.filter((p) => p.employer.id === ctx.employers[0].id));
  for (const stage of rng.shuffle(stages)) {
    const person = makePerson(ctx, "recruiting");
    const draft = stage === "DRAFT";
    const submittedAt = draft ? null : between(rng, window.opensAt, addDays(TODAY, stage === "SUBMITTED" ? 0 : -4));
    const createdAt = submittedAt ? addMinutes(submittedAt, -rng.int(20, 60 * 24 * 4)) : between(rng, window.opensAt, TODAY);
    const stageChangedAt = submittedAt && stage !== "SUBMITTED" ? between(rng, submittedAt, TODAY) : (submittedAt ?? createdAt);
    const preferences = choosePreferences(ctx, published, person);
    const ids = addApplication(ctx, campaign, {
      person,
      stage,
      preferences,
      submittedAt,
      stageChangedAt,
      createdAt: createdAt < window.opensAt ? window.opensAt : createdAt,
      talentPool: !draft && rng.chance(0.35),
    });
    if (stage === "SHORTLISTED" || stage === "INTERVIEW" || stage === "REJECTED" || (stage === "SCREENING" && rng.chance(0.3))) {
      addEvaluation(ctx, ids.applicationId, ctx.coordinatorMembershipId, stage, stageChangedAt);
      if ((stage === "SHORTLISTED" || stage === "INTERVIEW") && preferences.some((p) => employerPostings.has(p))) {
        addEvaluation(ctx, ids.applicationId, ctx.employerMembershipId, stage, between(rng, stageChangedAt, TODAY));
      }
    }
  }
}

/** The demo applicant account: a submitted application ranking two postings, the first employer's first. */
export function buildDemoApplicant(ctx: Ctx, campaign: SeededCampaign, account: { email: string; name: string }, userId: string): void {
  const person = makePerson(ctx, "recruiting");
  const [firstName, ...rest] = account.name.split(" ");
  const published = campaign.postings.filter((p) => p.status === "PUBLISHED");
  const own = published.find((p) => p.employer.id === ctx.employers[0].id) ?? published[0];
  const second = published.find((p) => p !== own && p.field !== own.field) ?? published[1];
  const submittedAt = zoned("2026-11-20", "21:14", ctx.spec.timeZone);
  addApplication(ctx, campaign, {
    person: { ...person, firstName, lastName: rest.join(" "), email: account.email, gender: "WOMAN", genderDescription: null },
    stage: "SUBMITTED",
    preferences: [own, second],
    submittedAt,
    stageChangedAt: submittedAt,
    createdAt: addDays(submittedAt, -2),
    talentPool: true,
    userId,
  });
}
