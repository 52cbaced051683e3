import { isoDate } from "../campaigns/schemas";
import { optionalText, z } from "../validation";

const id = z.string().min(1).max(40);

/** Programmes run 11 months to 2 years; a check-in later than that would never be scheduled. */
export const MAX_CHECKIN_MONTH = 24;
const MONTH_LIST = /^\d{1,2}([\s,;]+\d{1,2})*$/;
const MONTHS_ERROR = "checkIns.schedule.monthsInvalid";

/**
 * The months after the start when check-ins are due, as the coordinator types them ("1, 6, 12")
 * or as a list; empty leaves only the end-of-programme check-in. One message for the whole field,
 * since the form has one input for it.
 */
export const monthList = z.preprocess(
  (v) => (Array.isArray(v) ? v.join(",") : v),
  z
    .string()
    .trim()
    .refine((v) => v === "" || MONTH_LIST.test(v), MONTHS_ERROR)
    .transform((v) => (v === "" ? [] : [...new Set(v.split(/[\s,;]+/).map(Number))].sort((a, b) => a - b)))
    .refine((months) => months.every((m) => m >= 1 && m <= MAX_CHECKIN_MONTH) && months.length <= 12, MONTHS_ERROR),
);

export const checkInScheduleSchema = z.object({ cohortId: id, months: monthList }).strict();
export type CheckInScheduleInput = z.input<typeof checkInScheduleSchema>;

const score = z.coerce.number({ error: "validation.score" }).int("validation.score").min(1, "validation.score").max(5, "validation.score");

/**
 * A check-in as held: when, how the trainee is doing, what was agreed, and two notes kept apart —
 * one the trainee's employer contact may read, one for coordinators only.
 */
export const recordCheckInSchema = z
  .object({
    checkInId: id,
    heldOn: isoDate,
    wellbeing: score,
    nextSteps: optionalText(2000),
    sharedNote: optionalText(4000),
    privateNote: optionalText(4000),
  })
  .strict();
export type RecordCheckInInput = z.input<typeof recordCheckInSchema>;
