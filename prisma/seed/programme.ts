// The running cohort's programme year: joint gatherings with attendance, a mentor and a buddy
// from an earlier cohort for each trainee, and the scheduled check-ins.
import { randomUUID } from "node:crypto";
import { checkInDates } from "../../lib/checkins/schedule";
import type { GatheringType } from "../../lib/db/generated/enums";
import type { SeededTrainee } from "./cohorts";
import { SCHEDULE } from "./consortia";
import { makeMentor } from "./people";
import { addDays, day, TODAY, zoned } from "./random";
import { CHECKIN_NOTES, GATHERINGS, type GatheringText } from "./texts";
import type { Ctx } from "./types";

interface GatheringPlan {
  text: GatheringText;
  type: GatheringType;
  date: string;
  from: string;
  /** Last day and time (two-day gatherings end the next day). */
  untilDate: string;
  until: string;
  place: number;
}

function plans(ctx: Ctx): GatheringPlan[] {
  const t = GATHERINGS[ctx.lang];
  return [
    { text: t.course, type: "COURSE", date: "2026-09-03", from: "09:00", untilDate: "2026-09-04", until: "15:00", place: 0 },
    { text: t.visit, type: "COMPANY_VISIT", date: "2026-10-15", from: "09:30", untilDate: "2026-10-15", until: "15:30", place: 1 },
    { text: t.leadership, type: "COURSE", date: "2026-12-03", from: "09:00", untilDate: "2026-12-04", until: "16:00", place: 2 },
    { text: t.social, type: "SOCIAL", date: "2026-12-17", from: "17:00", untilDate: "2026-12-17", until: "21:00", place: 3 },
  ];
}

export function buildGatherings(ctx: Ctx, cohortId: string, trainees: SeededTrainee[]): void {
  const { rng } = ctx;
  plans(ctx).forEach((plan, g) => {
    const id = randomUUID();
    const startsAt = zoned(plan.date, plan.from, ctx.spec.timeZone);
    ctx.rows.gatherings.push({
      id,
      consortiumId: ctx.consortiumId,
      cohortId,
      title: plan.text.title,
      type: plan.type,
      startsAt,
      endsAt: zoned(plan.untilDate, plan.until, ctx.spec.timeZone),
      place: ctx.spec.gatheringPlaces[plan.place],
      agenda: plan.text.agenda,
      invitedAt: addDays(day(SCHEDULE.running.start), -29),
      createdAt: addDays(day(SCHEDULE.running.start), -30),
    });
    const past = startsAt < TODAY;
    trainees.forEach((trainee, i) => {
      // Past gatherings: mostly present, one excused and one absent each, a little noise.
      const status = !past
        ? "INVITED"
        : i === 3 + g
          ? "EXCUSED"
          : i === 6 + g
            ? "ABSENT"
            : rng.weighted([["PRESENT", 90], ["EXCUSED", 7], ["ABSENT", 3]] as const);
      ctx.rows.attendances.push({ id: randomUUID(), consortiumId: ctx.consortiumId, gatheringId: id, traineeId: trainee.id, status });
    });
  });
}

/** A mentor at the host employer; a buddy from the finished cohort, preferring those who stayed. */
export function buildMentors(ctx: Ctx, trainees: SeededTrainee[], earlier: SeededTrainee[]): void {
  const buddies = [...earlier.filter((t) => t.status === "COMPLETED" && t.livesInRegion), ...earlier.filter((t) => t.status === "COMPLETED" && !t.livesInRegion)];
  const createdAt = addDays(day(SCHEDULE.running.start), -7);
  trainees.forEach((trainee, i) => {
    const mentor = makeMentor(ctx, trainee.hire.posting.employer.spec.name);
    ctx.rows.mentors.push({
      id: randomUUID(),
      consortiumId: ctx.consortiumId,
      traineeId: trainee.id,
      kind: "MENTOR",
      personName: mentor.name,
      personEmail: mentor.email,
      createdAt,
    });
    const buddy = buddies[i % buddies.length];
    ctx.rows.mentors.push({
      id: randomUUID(),
      consortiumId: ctx.consortiumId,
      traineeId: trainee.id,
      kind: "BUDDY",
      buddyTraineeId: buddy.id,
      createdAt,
    });
  });
}

/**
 * Check-ins at months 1, 6 and 12 (one falling on the end is the end one) and at the end. Those already due are done, with notes; one
 * trainee's first check-in is overdue, so the coordinator has something to act on.
 */
export function buildCheckIns(ctx: Ctx, trainees: SeededTrainee[]): void {
  const { rng } = ctx;
  const start = day(SCHEDULE.running.start);
  const end = day(SCHEDULE.running.end);
  const notes = CHECKIN_NOTES[ctx.lang];
  const overdue = trainees.length - 1;
  // The app's own schedule rule, so seeded check-ins look like those a hire gets.
  const planned = checkInDates({ startDate: start, endDate: end, checkInMonths: [1, 6, 12] });
  trainees.forEach((trainee, i) => {
    for (const { monthOffset, dueDate } of planned) {
      const done = dueDate < TODAY && i !== overdue;
      ctx.rows.checkIns.push({
        id: randomUUID(),
        consortiumId: ctx.consortiumId,
        traineeId: trainee.id,
        monthOffset,
        dueDate,
        completedAt: done ? zoned(addDays(dueDate, rng.int(0, 6)).toISOString().slice(0, 10), "13:00", ctx.spec.timeZone) : null,
        sharedNote: done ? rng.pick(notes.shared) : null,
        privateNote: done && rng.chance(0.6) ? rng.pick(notes.private) : null,
      });
    }
  });
}
