// Cohorts, their recruitment campaigns and the postings (trainee roles) in each campaign.
import { randomUUID } from "node:crypto";
import { SCHEDULE, type CohortKey } from "./consortia";
import { memberOn } from "./employers";
import { FIELDS, postingDescription } from "./fields";
import { addDays, day, zoned } from "./random";
import { consentText, RATING_CRITERIA } from "./texts";
import type { Ctx, SeededCampaign, SeededEmployer, SeededPosting } from "./types";

export interface CampaignWindow {
  opensAt: Date;
  closesAt: Date;
}

/** The campaign's window as UTC instants: opens 00:00 and closes 23:59 local time. */
export function campaignWindow(ctx: Ctx, key: CohortKey): CampaignWindow {
  const { opens, closes } = SCHEDULE[key].campaign;
  return { opensAt: zoned(opens, "00:00", ctx.spec.timeZone), closesAt: zoned(closes, "23:59", ctx.spec.timeZone) };
}

/** Adds a cohort with its campaign and postings. */
export function buildCohortWithCampaign(ctx: Ctx, key: CohortKey): SeededCampaign {
  const schedule = SCHEDULE[key];
  const cohortId = randomUUID();
  const campaignId = randomUUID();
  const { opensAt, closesAt } = campaignWindow(ctx, key);
  ctx.rows.cohorts.push({
    id: cohortId,
    consortiumId: ctx.consortiumId,
    name: schedule.name,
    startDate: day(schedule.start),
    endDate: day(schedule.end),
    programmeMonths: schedule.programmeMonths,
    status: schedule.status,
    checkInMonths: [1, 6, 12],
    createdAt: addDays(opensAt, -60),
  });
  const finished = key === "finished";
  ctx.rows.campaigns.push({
    id: campaignId,
    consortiumId: ctx.consortiumId,
    cohortId,
    opensAt,
    closesAt,
    status: schedule.campaign.status,
    maxPreferences: 3,
    ratingCriteria: RATING_CRITERIA,
    consentText: consentText(ctx.spec.name, 24),
    talentPoolMonths: 12,
    // The 2024 campaign's applicants who were not hired have been erased; only the totals remain.
    applicantsTotal: finished ? ctx.spec.finished.applicantsTotal : null,
    applicantsOutside: finished ? ctx.spec.finished.applicantsOutside : null,
    interviewedTotal: finished ? ctx.spec.finished.interviewedTotal : null,
    createdAt: addDays(opensAt, -45),
  });
  const campaign: SeededCampaign = { id: campaignId, cohortId, postings: [] };
  campaign.postings = key === "recruiting" ? openPostings(ctx) : closedPostings(ctx, key);
  for (const posting of campaign.postings) addPostingRow(ctx, key, campaignId, posting, { opensAt, closesAt });
  return campaign;
}

/** Employers that may post in a campaign: members when it opened; paused ones sit out today. */
function eligibleEmployers(ctx: Ctx, key: CohortKey, opensAt: Date): SeededEmployer[] {
  return ctx.employers.filter((e) => memberOn(e, opensAt) && (key === "finished" || e.spec.status === "ACTIVE"));
}

/** A closed campaign: exactly as many places as the cohort has trainees; the first employer has 2. */
function closedPostings(ctx: Ctx, key: "finished" | "running"): SeededPosting[] {
  const trainees = ctx.spec[key].trainees;
  const { opensAt } = campaignWindow(ctx, key);
  const [first, ...others] = eligibleEmployers(ctx, key, opensAt);
  const chosen = [first, ...ctx.rng.sample(others, trainees - 2)];
  const fieldIndex = key === "finished" ? 1 : 0;
  return chosen.map((employer, i) => ({
    id: randomUUID(),
    employer,
    field: employer.spec.fields[(fieldIndex + i) % employer.spec.fields.length],
    places: i === 0 ? 2 : 1,
    status: "CLOSED" as const,
  }));
}

/** The open campaign: one posting per active member, a second from the two largest. */
function openPostings(ctx: Ctx): SeededPosting[] {
  const { published, submitted, draft } = ctx.spec.recruiting;
  const total = published + submitted + draft;
  const { opensAt } = campaignWindow(ctx, "recruiting");
  const employers = eligibleEmployers(ctx, "recruiting", opensAt);
  const order = [...employers, ...employers.slice(0, 2)];
  const seen = new Map<string, number>();
  const postings: SeededPosting[] = [];
  for (let i = 0; i < total; i++) {
    const employer = order[i % order.length];
    const nth = seen.get(employer.id) ?? 0;
    seen.set(employer.id, nth + 1);
    postings.push({
      id: randomUUID(),
      employer,
      field: employer.spec.fields[nth % employer.spec.fields.length],
      places: i % 5 === 1 ? 2 : 1,
      status: "PUBLISHED",
    });
  }
  // The last ones are not published yet: in Värmland the first employer's second role awaits approval.
  postings.slice(published).forEach((p, i) => (p.status = i < submitted ? "SUBMITTED" : "DRAFT"));
  return postings;
}

function addPostingRow(ctx: Ctx, key: CohortKey, campaignId: string, posting: SeededPosting, window: CampaignWindow): void {
  const text = FIELDS[posting.field][ctx.lang];
  const { employer } = posting;
  const educationLevel = ["marketing", "logistics", "hr", "communication"].includes(posting.field) ? "BACHELOR" : "MASTER";
  const publishedAt = posting.status === "CLOSED" || posting.status === "PUBLISHED" ? window.opensAt : null;
  const createdAt =
    posting.status === "SUBMITTED" ? day("2026-11-18") : posting.status === "DRAFT" ? day("2026-11-23") : addDays(window.opensAt, -14);
  ctx.rows.postings.push({
    id: posting.id,
    consortiumId: ctx.consortiumId,
    employerId: employer.id,
    campaignId,
    title: text.title,
    description: postingDescription(ctx.lang, posting.field, employer.spec.name, employer.spec.municipality, ctx.spec.name, educationLevel),
    field: text.label,
    educationLevel,
    municipality: employer.spec.municipality,
    places: posting.places,
    status: posting.status,
    publishedAt,
    closedAt: posting.status === "CLOSED" ? window.closesAt : null,
    createdAt,
  });
  if (publishedAt) {
    ctx.rows.billableEvents.push({
      id: randomUUID(),
      consortiumId: ctx.consortiumId,
      employerId: employer.id,
      kind: "POSTING_PUBLISHED",
      occurredAt: publishedAt,
      postingId: posting.id,
    });
  }
  if (key === "recruiting" && publishedAt) {
    ctx.rows.auditEvents.push({
      id: randomUUID(),
      consortiumId: ctx.consortiumId,
      actorUserId: ctx.coordinatorUserId,
      action: "posting.publish",
      targetType: "Posting",
      targetId: posting.id,
      data: { title: text.title, employer: employer.spec.name },
      createdAt: publishedAt,
    });
  }
}
