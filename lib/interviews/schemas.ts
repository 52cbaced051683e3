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
const slotFields = {
  campaignId: id,
  date: isoDate,
  startTime: clock,
  endTime: clock,
  location: optionalText(200),
  meetingUrl: optionalText(500).pipe(z.url({ protocol: /^https$/, error: "validation.url" }).optional()),
  interviewers: interviewerList,
  capacity: z.coerce.number().int().min(1).max(MAX_CAPACITY),
};

export const createSlotSchema = z
  .object(slotFields)
  .strict()
  // Only once both are times: a typo in one should not also blame the other.
  .refine((v) => !CLOCK.test(v.startTime) || !CLOCK.test(v.endTime) || v.endTime > v.startTime, {
    message: "validation.endBeforeStart",
    path: ["endTime"],
  })
  .refine((v) => Boolean(v.location || v.meetingUrl), { message: "validation.placeRequired", path: ["location"] });

export type CreateSlotInput = z.input<typeof createSlotSchema>;

/** Most slots one series makes: a long day of short interviews. */
export const MAX_SERIES = 40;

/**
 * An interview day in one step: slots of `length` minutes from `startTime` until `endTime`, with
 * `gap` minutes between them, each with the same place, interviewers and capacity.
 */
export const createSlotSeriesSchema = z
  .object({
    ...slotFields,
    length: z.coerce.number().int("validation.format").min(5, "validation.tooSmall").max(480, "validation.tooBig"),
    gap: z.coerce.number().int("validation.format").min(0, "validation.tooSmall").max(240, "validation.tooBig"),
  })
  .strict()
  .refine((v) => !CLOCK.test(v.startTime) || !CLOCK.test(v.endTime) || v.endTime > v.startTime, {
    message: "validation.endBeforeStart",
    path: ["endTime"],
  })
  .refine((v) => Boolean(v.location || v.meetingUrl), { message: "validation.placeRequired", path: ["location"] });

export type CreateSlotSeriesInput = z.input<typeof createSlotSeriesSchema>;

/** The series' slots as wall-clock [start, end) times on its day; none that would pass `endTime`. */
export function seriesTimes(startTime: string, endTime: string, length: number, gap: number): [string, string][] {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const clockOf = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const times: [string, string][] = [];
  for (let start = minutes(startTime); start + length <= minutes(endTime); start += length + gap) times.push([clockOf(start), clockOf(start + length)]);
  return times;
}

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
