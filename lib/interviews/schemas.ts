import { isoDate } from "../campaigns/schemas";
import { optionalText, z } from "../validation";

export const MAX_CAPACITY = 20;
export const MAX_INTERVIEWERS = 10;
/** Stages a candidate can be invited from: shortlisted, or already invited (to invite again). */
export const INVITABLE_STAGES = ["SHORTLISTED", "INTERVIEW"] as const;

const id = z.string().min(1).max(40);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, "validation.time");

/** One name a line (or comma-separated) as the coordinator types them; a list from elsewhere too. */
const interviewerList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\n,]/) : v),
  z
    .array(z.string().trim())
    .transform((names) => names.filter(Boolean))
    .refine((names) => names.length <= MAX_INTERVIEWERS && names.every((n) => n.length <= 80), "validation.tooBig"),
);

/**
 * A slot on the interview day: a date and wall-clock times in the consortium's zone, a place or an
 * https meeting link (or both), who interviews, and how many candidates it takes.
 */
export const createSlotSchema = z
  .object({
    campaignId: id,
    date: isoDate,
    startTime: clock,
    endTime: clock,
    location: optionalText(200),
    meetingUrl: optionalText(500).pipe(z.url({ protocol: /^https$/, error: "validation.url" }).optional()),
    interviewers: interviewerList,
    capacity: z.coerce.number().int().min(1).max(MAX_CAPACITY),
  })
  .strict()
  // Only once both are times: a typo in one should not also blame the other.
  .refine((v) => !CLOCK.test(v.startTime) || !CLOCK.test(v.endTime) || v.endTime > v.startTime, {
    message: "validation.endBeforeStart",
    path: ["endTime"],
  })
  .refine((v) => Boolean(v.location || v.meetingUrl), { message: "validation.placeRequired", path: ["location"] });

export type CreateSlotInput = z.input<typeof createSlotSchema>;

export const slotIdSchema = z.object({ id }).strict();

export const inviteSchema = z
  .object({
    campaignId: id,
    applicationIds: z.array(id).min(1).max(200),
  })
  .strict();

export const bookSlotSchema = z
  .object({ applicationId: id, slotId: z.string({ error: "validation.chooseSlot" }).min(1, "validation.chooseSlot").max(40) })
  .strict();
export type BookSlotInput = z.input<typeof bookSlotSchema>;
