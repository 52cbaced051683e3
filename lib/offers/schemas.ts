import { optionalText, z } from "../validation";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "validation.date");

export const makeOfferSchema = z
  .object({
    applicationId: z.string().min(1).max(40),
    postingId: z.string().min(1, "validation.choice").max(40),
    startDate: isoDate,
    message: optionalText(2000),
    /** The day by which an answer is asked for; optional, on or before the start. */
    answerBy: z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional()),
  })
  .strict()
  .refine((v) => !v.answerBy || v.answerBy <= v.startDate, { message: "validation.answerByAfterStart", path: ["answerBy"] });
export type MakeOfferInput = z.input<typeof makeOfferSchema>;

export const withdrawOfferSchema = z.object({ offerId: z.string().min(1).max(40) }).strict();

export const respondToOfferSchema = z.object({ offerId: z.string().min(1).max(40), accept: z.boolean() }).strict();
