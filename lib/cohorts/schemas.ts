import { isoDate } from "../campaigns/schemas";
import { email, optionalText, text, z } from "../validation";

const id = z.string().min(1).max(40);
const picked = z.string({ error: "validation.required" }).min(1, "validation.required").max(40);

export const traineeRefSchema = z.object({ traineeId: id }).strict();

/** A mentor is a person at the host employer; not necessarily someone with an account. */
export const mentorSchema = z.object({ traineeId: id, name: text(120), email }).strict();
export type MentorInput = z.input<typeof mentorSchema>;

export const buddySchema = z.object({ traineeId: id, buddyTraineeId: picked }).strict();
export type BuddyInput = z.input<typeof buddySchema>;

export const TRAINEE_STATUSES = ["ACTIVE", "COMPLETED", "DROPPED_OUT"] as const;

/** Completed or dropped out on a date (with a reason for a drop-out), or back to active. */
export const traineeStatusSchema = z
  .object({
    traineeId: id,
    status: z.enum(TRAINEE_STATUSES),
    endedAt: z.string().trim().optional(),
    reason: optionalText(500),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === "ACTIVE") return;
    if (!isoDate.safeParse(v.endedAt ?? "").success) ctx.addIssue({ code: "custom", message: "validation.date", path: ["endedAt"] });
    if (v.status === "DROPPED_OUT" && !v.reason) ctx.addIssue({ code: "custom", message: "validation.required", path: ["reason"] });
  });
export type TraineeStatusInput = z.input<typeof traineeStatusSchema>;

export const TRI_STATES = ["YES", "NO", "UNKNOWN"] as const;
/** Where the trainee lives: one of the region's municipalities, somewhere else, or not known. */
export const RESIDENCE_KINDS = ["UNKNOWN", "REGION", "OUTSIDE"] as const;

export const outcomeSchema = z
  .object({
    traineeId: id,
    offeredJob: z.enum(TRI_STATES),
    acceptedOffer: z.enum(TRI_STATES),
    otherJobInRegion: z.enum(TRI_STATES),
    residence: z.enum(RESIDENCE_KINDS),
    municipality: optionalText(100),
    elsewhere: optionalText(100),
  })
  .strict()
  // An answer to "accepted?" means something only when there was an offer to accept.
  .refine((v) => v.offeredJob === "YES" || v.acceptedOffer === "UNKNOWN", { message: "trainees.outcome.acceptedWithoutOffer", path: ["acceptedOffer"] })
  .refine((v) => v.residence !== "REGION" || Boolean(v.municipality), { message: "validation.required", path: ["municipality"] })
  .refine((v) => v.residence !== "OUTSIDE" || Boolean(v.elsewhere), { message: "validation.required", path: ["elsewhere"] });
export type OutcomeInput = z.input<typeof outcomeSchema>;

/** How a stored municipality reads back into the form: the region's list decides inside or outside. */
export function residenceOf(stored: string | null, municipalities: string[]): { residence: (typeof RESIDENCE_KINDS)[number]; municipality: string; elsewhere: string } {
  if (!stored) return { residence: "UNKNOWN", municipality: "", elsewhere: "" };
  if (municipalities.includes(stored)) return { residence: "REGION", municipality: stored, elsewhere: "" };
  return { residence: "OUTSIDE", municipality: "", elsewhere: stored };
}
