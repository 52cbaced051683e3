// Each scale consortium's cohorts with their campaigns and postings, and the cohorts' gatherings:
// a few thousand rows built in memory. Also the per-campaign facts the bulk SQL reads (temp tables).
import { FIELDS, postingDescription } from "../../../prisma/seed/fields";
import { addDays, zoned } from "../../../prisma/seed/random";
import { consentText, GATHERINGS, RATING_CRITERIA } from "../../../prisma/seed/texts";
import {
  campaignDates, CLOSED_APPLICATIONS, CLOSED_POSTINGS, FIRST_YEAR, ids, OPEN_APPLICATIONS, OPEN_POSTINGS, OPEN_PUBLISHED, OPEN_YEAR,
  RUNNING_YEAR, STEP, TWO_PLACE_POSTINGS, type CampaignDates,
} from "./plan";
import { regionOf } from "./regions";
import type { Row } from "./insert";
import type { ScaleConsortium, ScaleEmployer } from "./registry-members";

const years = () => Array.from({ length: OPEN_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Members from `from` through `until` (a campaign's opening to its cohort's end: a member about to
 * leave takes no trainee); for the campaign open today, only those active now may post.
 */
function membersOn(k: ScaleConsortium, from: Date, until: Date, activeOnly: boolean): ScaleEmployer[] {
  return k.employers.filter(
    (e) => dayOf(e.memberSince) <= from && (!e.memberUntil || dayOf(e.memberUntil) >= until) && (!activeOnly || e.status === "ACTIVE"),
  );
}

export interface RecruitmentRows {
  cohorts: Row[];
  campaigns: Row[];
  postings: Row[];
  gatherings: Row[];
  /** Temp table camp: one row per campaign with its calendar, for the SQL. */
  camp: Row[];
  /** Temp table hosts: the employers that may host a trainee of a cohort, numbered from 1. */
  hosts: Row[];
}

export function recruitmentRows(k: ScaleConsortium): RecruitmentRows {
  const out: RecruitmentRows = { cohorts: [], campaigns: [], postings: [], gatherings: [], camp: [], hosts: [] };
  for (const year of years()) {
    const dates = campaignDates(year, k.timeZone);
    const status = year === OPEN_YEAR ? "RECRUITING" : year === RUNNING_YEAR ? "RUNNING" : "FINISHED";
    const open = year === OPEN_YEAR;
    const createdAt = addDays(dates.opensAt, -60);
    out.cohorts.push({
      id: ids.cohort(k.c, year), consortiumId: k.id, name: `${year}/${String((year + 1) % 100).padStart(2, "0")}`, startDate: dates.start,
      endDate: dates.end, programmeMonths: 12, status, checkInMonths: [1, 6, 12], imported: false, createdAt, updatedAt: createdAt,
    });
    out.campaigns.push({
      id: ids.campaign(k.c, year), consortiumId: k.id, cohortId: ids.cohort(k.c, year), opensAt: dates.opensAt, closesAt: dates.closesAt,
      status: open ? "OPEN" : "CLOSED", maxPreferences: 3, ratingCriteria: RATING_CRITERIA, consentText: consentText(k.name, 60),
      extraQuestions: [], talentPoolMonths: 12, emailTemplates: {}, closingEmailsSentAt: open ? null : dates.finishedAt,
      createdAt: addDays(dates.opensAt, -45), updatedAt: open ? dates.opensAt : dates.finishedAt,
    });
    out.postings.push(...postingRows(k, dates));
    out.camp.push({
      c: k.c, k: year - FIRST_YEAR, y: year, cid: k.id, id: ids.campaign(k.c, year), cohort: ids.cohort(k.c, year), opens: dates.opensAt,
      closes: dates.closesAt, hired: dates.hiredAt, finished: dates.finishedAt, start: dates.start, finish: dates.end,
      postings: open ? OPEN_PUBLISHED : CLOSED_POSTINGS, apps: open ? OPEN_APPLICATIONS : CLOSED_APPLICATIONS, first: STEP * (year - FIRST_YEAR),
    });
    if (open) continue;
    membersOn(k, dayOf(dates.start), dayOf(dates.end), year === RUNNING_YEAR).forEach((e, i) => out.hosts.push({ c: k.c, y: year, n: i + 1, employer: e.id }));
    out.gatherings.push(...gatheringRows(k, year));
  }
  return out;
}

/** Postings 0 and 1 are the first employer's; the others go round the members of the day. */
function postingRows(k: ScaleConsortium, dates: CampaignDates): Row[] {
  const open = dates.year === OPEN_YEAR;
  const members = membersOn(k, dates.opensAt, dayOf(dates.end), open);
  const region = regionOf(k.c, k.lang).name;
  return Array.from({ length: open ? OPEN_POSTINGS : CLOSED_POSTINGS }, (_, j) => {
    const employer = members[(Math.max(j, 1) - 1) % members.length];
    const field = employer.fields[j % employer.fields.length];
    const text = FIELDS[field][k.lang];
    const educationLevel = ["marketing", "logistics", "hr", "communication"].includes(field) ? "BACHELOR" : "MASTER";
    const status = !open ? "CLOSED" : j < OPEN_PUBLISHED ? "PUBLISHED" : j < OPEN_POSTINGS - 1 ? "SUBMITTED" : "DRAFT";
    const live = status === "CLOSED" || status === "PUBLISHED";
    const createdAt = status === "SUBMITTED" ? zoned("2026-11-18", "10:00", k.timeZone) : status === "DRAFT" ? zoned("2026-11-23", "14:00", k.timeZone) : addDays(dates.opensAt, -14);
    const description = postingDescription(k.lang, field, employer.name, employer.municipality, k.name, educationLevel)
      .replace(/Värmland|Innlandet/, region);
    return {
      id: ids.posting(k.c, dates.year, j), consortiumId: k.id, employerId: employer.id, campaignId: ids.campaign(k.c, dates.year),
      title: text.title, description, field: text.label, educationLevel, municipality: employer.municipality,
      places: open ? (j % 5 === 1 ? 2 : 1) : j < TWO_PLACE_POSTINGS ? 2 : 1, status, publishedAt: live ? dates.opensAt : null,
      closedAt: open ? null : dates.closesAt, createdAt, updatedAt: open ? createdAt : dates.closesAt,
    };
  });
}

/** Six joint days a year: kick-off, a company visit, leadership twice, a Christmas social, a spring visit. */
function gatheringRows(k: ScaleConsortium, year: number): Row[] {
  const t = GATHERINGS[k.lang];
  const next = year + 1;
  const plans = [
    { text: t.course, type: "COURSE", from: `${year}-09-03T09:00`, until: `${year}-09-04T15:00` },
    { text: t.visit, type: "COMPANY_VISIT", from: `${year}-10-15T09:30`, until: `${year}-10-15T15:30` },
    { text: t.leadership, type: "COURSE", from: `${year}-12-03T09:00`, until: `${year}-12-04T16:00` },
    { text: t.social, type: "SOCIAL", from: `${year}-12-17T17:00`, until: `${year}-12-17T21:00` },
    { text: t.leadership, type: "COURSE", from: `${next}-03-11T09:00`, until: `${next}-03-12T16:00` },
    { text: t.visit, type: "COMPANY_VISIT", from: `${next}-05-20T09:30`, until: `${next}-05-20T15:30` },
  ];
  const invitedAt = zoned(`${year}-08-03`, "10:00", k.timeZone);
  return plans.map((p, n) => ({
    id: ids.gathering(k.c, year, n + 1), consortiumId: k.id, cohortId: ids.cohort(k.c, year), title: p.text.title, type: p.type,
    startsAt: zoned(p.from.slice(0, 10), p.from.slice(11), k.timeZone), endsAt: zoned(p.until.slice(0, 10), p.until.slice(11), k.timeZone),
    place: k.municipalities[n % k.municipalities.length], agenda: p.text.agenda, invitedAt, sequence: 0, createdAt: addDays(invitedAt, -1),
    updatedAt: invitedAt,
  }));
}
