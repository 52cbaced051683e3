import { text, z } from "../validation";

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation.dateTime");
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "validation.date");

const campaignFields = {
  opensAt: localDateTime,
  closesAt: localDateTime,
  maxPreferences: z.coerce.number().int().min(1).max(10),
  talentPoolMonths: z.coerce.number().int().min(1).max(36),
  consentSv: text(2000),
  consentNb: text(2000),
  consentEn: text(2000),
};

const deadlineAfterOpening = {
  check: (v: { opensAt: string; closesAt: string }) => v.closesAt > v.opensAt,
  error: { message: "validation.deadlineBeforeOpening", path: ["closesAt"] },
};

/** A new cohort and its recruitment campaign; times are wall-clock in the consortium's zone. */
export const campaignSchema = z
  .object({
    cohortName: text(40),
    cohortStart: isoDate,
    cohortEnd: isoDate,
    programmeMonths: z.coerce.number().int().min(6).max(24),
    ...campaignFields,
  })
  .strict()
  .refine(deadlineAfterOpening.check, deadlineAfterOpening.error)
  .refine((v) => v.cohortEnd > v.cohortStart, { message: "validation.endBeforeStart", path: ["cohortEnd"] });

export type CampaignInput = z.input<typeof campaignSchema>;

export const updateCampaignSchema = z
  .object({ id: z.string().min(1), ...campaignFields })
  .strict()
  .refine(deadlineAfterOpening.check, deadlineAfterOpening.error);

export type UpdateCampaignInput = z.input<typeof updateCampaignSchema>;

/** Ends recruitment of a campaign whose deadline has passed. */
export const finishRecruitmentSchema = z.object({ campaignId: z.string().min(1).max(40) }).strict();
