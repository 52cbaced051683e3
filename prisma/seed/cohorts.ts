// Trainees of the finished and the running cohort: their placements (some rotate between
// employers), outcomes and follow-up surveys, and the hire each member is billed for.
import { randomUUID } from "node:crypto";
import { SCHEDULE, type CohortKey } from "./consortia";
import { memberOn } from "./employers";
import { municipality } from "./people";
import { addDays, addMonths, day, zoned } from "./random";
import { DROPOUT_REASONS, FOLLOW_UP_COMMENTS } from "./texts";
import type { Ctx, Hire, SeededCampaign, SeededEmployer } from "./types";

export interface SeededTrainee {
  id: string;
  hire: Hire;
  status: "ACTIVE" | "COMPLETED" | "DROPPED_OUT";
  /** Where they live now (the last answer we have). */
  livesInRegion: boolean;
}

type Tri = "YES" | "NO" | "UNKNOWN";

/** Which trainees (by index) rotate, and through how many employers. */
const ROTATIONS: Record<CohortKey, Record<number, number>> = {
  finished: { 2: 2, 5: 3, 9: 2 },
  running: { 1: 2, 3: 3, 7: 2 },
  recruiting: {},
};

function addPlacements(ctx: Ctx, key: CohortKey, traineeId: string, index: number, hire: Hire, endedAt?: Date): void {
  const schedule = SCHEDULE[key];
  const start = day(schedule.start);
  const end = day(schedule.end);
  const count = ROTATIONS[key][index] ?? 1;
  const hosts = rotationHosts(ctx, key, hire.posting.employer, count);
  const months = schedule.programmeMonths / count;
  hosts.forEach((employer, j) => {
    const from = addMonths(start, j * months);
    let to = j === count - 1 ? end : addDays(addMonths(start, (j + 1) * months), -1);
    if (endedAt && from > endedAt) return;
    if (endedAt && to > endedAt) to = endedAt;
    ctx.rows.placements.push({
      id: randomUUID(),
      consortiumId: ctx.consortiumId,
      traineeId,
      employerId: employer.id,
      startDate: from,
      endDate: to,
    });
  });
}

/** The hiring employer first, then others that were members during the cohort. */
function rotationHosts(ctx: Ctx, key: CohortKey, hiring: SeededEmployer, count: number): SeededEmployer[] {
  const start = day(SCHEDULE[key].start);
  const others = ctx.employers.filter(
    (e) => e !== hiring && memberOn(e, start) && (key === "finished" || e.spec.status === "ACTIVE"),
  );
  return [hiring, ...ctx.rng.sample(others, count - 1)];
}

function billHire(ctx: Ctx, traineeId: string, hire: Hire): void {
  ctx.rows.billableEvents.push({
    id: randomUUID(),
    consortiumId: ctx.consortiumId,
    employerId: hire.posting.employer.id,
    kind: "TRAINEE_HIRED",
    occurredAt: hire.hiredAt,
    traineeId,
  });
}

function traineeBase(ctx: Ctx, campaign: SeededCampaign, id: string, hire: Hire) {
  return {
    id,
    consortiumId: ctx.consortiumId,
    cohortId: campaign.cohortId,
    applicantId: hire.applicantId,
    name: hire.name,
    email: hire.email,
    gender: hire.gender,
    educationLevel: hire.educationLevel,
    field: hire.field,
    ties: hire.ties,
    createdAt: hire.hiredAt,
  };
}

/** The running cohort: everyone active, placed, living in the region. */
export function buildRunningTrainees(ctx: Ctx, campaign: SeededCampaign, hires: Hire[]): SeededTrainee[] {
  return hires.map((hire, index) => {
    const id = randomUUID();
    ctx.rows.trainees.push({
      ...traineeBase(ctx, campaign, id, hire),
      status: "ACTIVE",
      residenceMunicipality: ctx.rng.chance(0.7) ? hire.posting.employer.spec.municipality : municipality(ctx),
    });
    addPlacements(ctx, "running", id, index, hire);
    billHire(ctx, id, hire);
    return { id, hire, status: "ACTIVE", livesInRegion: true };
  });
}

/**
 * The finished cohort: one dropped out; of those who completed about four in five were offered a
 * job by a trainee employer and most accepted; surveys at the end and, for some, a year later.
 */
export function buildFinishedTrainees(ctx: Ctx, campaign: SeededCampaign, hires: Hire[]): SeededTrainee[] {
  const { rng } = ctx;
  const end = day(SCHEDULE.finished.end);
  const dropoutIndex = hires.length - 3;
  const completed = hires.map((_, i) => i).filter((i) => i !== dropoutIndex);
  const offered = new Set(rng.sample(completed, Math.round(completed.length * 0.8)));
  const declined = rng.pick([...offered]);
  const unansweredEnd = rng.pick(completed);
  return hires.map((hire, index) => {
    const id = randomUUID();
    const dropped = index === dropoutIndex;
    const endedAt = dropped ? day("2025-02-14") : end;
    const offeredJob: Tri = dropped ? "NO" : offered.has(index) ? "YES" : "NO";
    const acceptedOffer: Tri = offeredJob === "YES" ? (index === declined ? "NO" : "YES") : "UNKNOWN";
    const otherJobInRegion: Tri = dropped || acceptedOffer === "YES" ? "NO" : rng.chance(0.5) ? "YES" : "NO";
    const stays = acceptedOffer === "YES" || otherJobInRegion === "YES" || rng.chance(0.3);
    let residence = dropped ? ctx.spec.people.elsewhere[0] : municipality(ctx, !stays);
    let livesInRegion = !dropped && stays;
    if (!dropped) {
      const surveyed = addFollowUps(ctx, id, { residence, livesInRegion, worksInRegion: acceptedOffer === "YES" || otherJobInRegion === "YES" }, index === unansweredEnd, index);
      residence = surveyed.residence;
      livesInRegion = surveyed.livesInRegion;
    }
    ctx.rows.trainees.push({
      ...traineeBase(ctx, campaign, id, hire),
      status: dropped ? "DROPPED_OUT" : "COMPLETED",
      endedAt,
      dropoutReason: dropped ? DROPOUT_REASONS[ctx.lang] : null,
      alumniConsentAt: !dropped && rng.chance(0.85) ? addDays(end, -10) : null,
      offeredJob,
      acceptedOffer,
      otherJobInRegion,
      residenceMunicipality: residence,
    });
    addPlacements(ctx, "finished", id, index, hire, dropped ? endedAt : undefined);
    billHire(ctx, id, hire);
    return { id, hire, status: dropped ? "DROPPED_OUT" : "COMPLETED", livesInRegion };
  });
}

interface Whereabouts {
  residence: string;
  livesInRegion: boolean;
  worksInRegion: boolean;
}

/** END survey for everyone who completed (one never answered); YEAR_1 for two in three. */
function addFollowUps(ctx: Ctx, traineeId: string, atEnd: Whereabouts, unanswered: boolean, index: number): Whereabouts {
  const { rng } = ctx;
  const tri = (value: boolean): Tri => (value ? "YES" : "NO");
  const endSent = zoned("2025-08-25", "09:00", ctx.spec.timeZone);
  ctx.rows.followUps.push({
    id: randomUUID(),
    consortiumId: ctx.consortiumId,
    traineeId,
    wave: "END",
    sentAt: endSent,
    remindedAt: unanswered ? addDays(endSent, 7) : null,
    answeredAt: unanswered ? null : addDays(endSent, rng.int(0, 12)),
    livesInRegion: unanswered ? "UNKNOWN" : tri(atEnd.livesInRegion),
    worksInRegion: unanswered ? "UNKNOWN" : tri(atEnd.worksInRegion),
    municipality: unanswered ? null : atEnd.residence,
    answers: unanswered ? {} : { satisfaction: rng.int(3, 5), recommend: rng.chance(0.9), comment: rng.pick(FOLLOW_UP_COMMENTS[ctx.lang]) },
  });
  if (index % 3 === 2) return atEnd;
  const yearSent = zoned("2026-08-31", "09:00", ctx.spec.timeZone);
  const answered = rng.chance(0.85);
  const moved = atEnd.livesInRegion && rng.chance(0.15);
  const now: Whereabouts = moved ? { residence: municipality(ctx, true), livesInRegion: false, worksInRegion: false } : atEnd;
  ctx.rows.followUps.push({
    id: randomUUID(),
    consortiumId: ctx.consortiumId,
    traineeId,
    wave: "YEAR_1",
    sentAt: yearSent,
    remindedAt: answered ? null : addDays(yearSent, 7),
    answeredAt: answered ? addDays(yearSent, rng.int(0, 20)) : null,
    livesInRegion: answered ? tri(now.livesInRegion) : "UNKNOWN",
    worksInRegion: answered ? tri(now.worksInRegion) : "UNKNOWN",
    municipality: answered ? now.residence : null,
    answers: answered ? { satisfaction: rng.int(3, 5), recommend: rng.chance(0.9) } : {},
  });
  return answered ? now : atEnd;
}
