import { isoDate } from "../campaigns/schemas";
import { optionalText, text, z } from "../validation";

export const GATHERING_TYPES = ["COURSE", "COMPANY_VISIT", "SOCIAL"] as const;
/** What a coordinator records on the day; INVITED means "not recorded yet". */
export const ATTENDANCE_MARKS = ["PRESENT", "ABSENT", "EXCUSED"] as const;
export const MAX_TRAINEES = 200;

const id = z.string().min(1).max(40);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, "validation.time");

/**
 * A gathering's details: dates and wall-clock times in the consortium's zone (a two-day course
 * ends on another day than it starts), a place and an optional agenda.
 */
const gatheringFields = z.object({
  title: text(120),
  type: z.enum(GATHERING_TYPES),
  startDate: isoDate,
  startTime: clock,
  endDate: isoDate,
  endTime: clock,
  place: text(200),
  agenda: optionalText(4000),
});

/** The form's values shared by planning and changing a gathering. */
export type GatheringFieldsInput = z.input<typeof gatheringFields>;
type Fields = z.output<typeof gatheringFields>;
const wellFormed = (v: Fields) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v.startDate) && /^\d{4}-\d{2}-\d{2}$/.test(v.endDate) && CLOCK.test(v.startTime) && CLOCK.test(v.endTime);
// Only once all four are well formed: a typo in one should not also blame the end. ISO strings
// compare in time order.
const endAfterStart = {
  check: (v: Fields) => !wellFormed(v) || `${v.endDate}T${v.endTime}` > `${v.startDate}T${v.startTime}`,
  error: { message: "validation.endBeforeStart", path: ["endTime"] },
};

export const createGatheringSchema = gatheringFields
  .extend({ cohortId: id })
  .strict()
  .refine(endAfterStart.check, endAfterStart.error);
export type CreateGatheringInput = z.input<typeof createGatheringSchema>;

export const updateGatheringSchema = gatheringFields
  .extend({ id })
  .strict()
  .refine(endAfterStart.check, endAfterStart.error);
export type UpdateGatheringInput = z.input<typeof updateGatheringSchema>;

export const gatheringIdSchema = z.object({ id }).strict();

/** Invites the chosen trainees, or every active trainee of the cohort when none are chosen. */
export const inviteToGatheringSchema = z
  .object({ gatheringId: id, traineeIds: z.array(id).max(MAX_TRAINEES).optional() })
  .strict();
export type InviteToGatheringInput = z.input<typeof inviteToGatheringSchema>;

/**
 * The register: one row per invited trainee shown; a row left unmarked (null) stays as it was, so
 * attendance can be taken in parts. At least one row must carry a mark.
 */
export const recordAttendanceSchema = z
  .object({
    gatheringId: id,
    marks: z
      .array(z.object({ traineeId: id, status: z.enum(ATTENDANCE_MARKS).nullish() }).strict())
      .min(1)
      .max(MAX_TRAINEES)
      .refine((marks) => new Set(marks.map((m) => m.traineeId)).size === marks.length, "validation.format")
      .refine((marks) => marks.some((m) => m.status), "gatherings.attendance.noneMarked"),
  })
  .strict();
export type RecordAttendanceInput = z.input<typeof recordAttendanceSchema>;
