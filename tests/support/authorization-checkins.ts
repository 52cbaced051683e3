import { recordCheckInAction, updateCheckInScheduleAction } from "@/lib/checkins/actions";
import { systemDb } from "@/lib/db/client";
import { renewCalendarTokenAction } from "@/lib/trainees/actions";
import type { ApplicationMatrixAction as MatrixAction } from "./authorization-applications";
import type { TenantFixture } from "./fixtures";

// The authorization matrix's entries for lib/checkins and lib/trainees actions (see authorization.ts).

/** The fixture trainee's first check-in (the fixture's running cohort started three months ago). */
export async function firstCheckInOf(t: TenantFixture, traineeId = t.traineeId) {
  const checkIn = await systemDb().checkIn.findFirstOrThrow({ where: { consortiumId: t.id, traineeId }, orderBy: { dueDate: "asc" } });
  return checkIn.id;
}

/** A day a week ago: after the fixture cohort's start, never in the future in any zone. */
export const weekAgo = () => new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

export const checkInInput = (checkInId: string) => ({
  checkInId,
  heldOn: weekAgo(),
  wellbeing: 4,
  nextSteps: "Boka in ett möte med mentorn.",
  sharedNote: "Trivs bra på arbetsplatsen.",
  privateNote: "Nämnde oro för bostad.",
});

export const CHECKIN_MATRIX_ACTIONS: MatrixAction[] = [
  {
    name: "updateCheckInScheduleAction",
    action: updateCheckInScheduleAction,
    allowed: ["COORDINATOR"],
    input: async (t) => ({ cohortId: t.cohortId, months: "1, 6, 12" }),
    foreignInput: async (_, other) => ({ cohortId: other.cohortId, months: "2, 6" }),
  },
  {
    name: "recordCheckInAction",
    action: recordCheckInAction,
    allowed: ["COORDINATOR"],
    input: async (t) => checkInInput(await firstCheckInOf(t)),
    foreignInput: async (_, other) => checkInInput(await firstCheckInOf(other)),
  },
  {
    name: "renewCalendarTokenAction",
    action: renewCalendarTokenAction,
    allowed: ["TRAINEE"],
    input: async () => ({}),
  },
];
