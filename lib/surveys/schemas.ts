import { text, z } from "../validation";
import { AUDIENCES, QUESTION_KINDS, WAVES } from "./types";

const id = z.string().min(1).max(40);
/** "" from a select's "nobody in particular" choice counts as none. */
const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((v) => v || undefined);

export const MAX_OPTIONS = 10;
export const MAX_MUNICIPALITIES = 400;

const labelSchema = z.object({ sv: text(300), nb: text(300), en: text(300) }).strict();

const optionSchema = z
  .object({
    /** Empty for an option added in the form; the server gives it a value that never changes. */
    value: z.string().max(40).optional(),
    label: z.object({ sv: text(120), nb: text(120), en: text(120) }).strict(),
  })
  .strict();

const questionFields = {
  label: labelSchema,
  required: z.boolean(),
  options: z.array(optionSchema).max(MAX_OPTIONS),
};

/** A new question of the bank: its audience and kind are fixed once created (decision 0017). */
export const createQuestionSchema = z
  .object({ audience: z.enum(AUDIENCES), kind: z.enum(QUESTION_KINDS), ...questionFields })
  .strict()
  .refine((q) => q.kind !== "CHOICE" || q.options.length >= 2, { message: "surveys.bank.validation.twoOptions", path: ["options"] });
export type CreateQuestionInput = z.input<typeof createQuestionSchema>;

/** Changes to a question: wording, whether it must be answered, a choice question's options. */
export const updateQuestionSchema = z.object({ id, ...questionFields }).strict();
export type UpdateQuestionInput = z.input<typeof updateQuestionSchema>;

export const questionIdSchema = z.object({ id }).strict();
export const moveQuestionSchema = z.object({ id, direction: z.enum(["up", "down"]) }).strict();

/** Sending by hand: a wave to a cohort's trainees, or to one of them. */
export const sendSurveysSchema = z.object({ cohortId: id, wave: z.enum(WAVES), traineeId: optionalId }).strict();
export type SendSurveysInput = z.input<typeof sendSurveysSchema>;

export const sendEmployerSurveysSchema = z.object({ cohortId: id }).strict();

export const alumniConsentSchema = z.object({ consent: z.boolean() }).strict();

/**
 * The region's municipalities, one a line as the coordinator types them (a list from elsewhere
 * too): trimmed, blank lines dropped, each name once whatever its case.
 */
export const municipalitiesSchema = z
  .object({
    municipalities: z.preprocess(
      (v) => (typeof v === "string" ? v.split(/\r?\n/) : v),
      z
        .array(z.string().trim())
        .transform((names) => {
          const seen = new Set<string>();
          return names.filter((n) => n && !seen.has(n.toLocaleLowerCase()) && seen.add(n.toLocaleLowerCase()));
        })
        .refine((names) => names.every((n) => n.length <= 80), "settings.municipalities.tooLong")
        .refine((names) => names.length <= MAX_MUNICIPALITIES, "validation.tooBig"),
    ),
  })
  .strict();
export type MunicipalitiesInput = { municipalities: string };

/** What the public survey page submits: the link's token and the answers as the form holds them. */
export const submitSurveySchema = z
  .object({
    slug: z.string().min(1).max(60),
    token: z.string().min(1).max(100),
    answers: z.record(z.string().max(40), z.string().max(4000).nullish()),
    other: z.record(z.string().max(40), z.string().max(4000).nullish()).default({}),
  })
  .strict();
export type SubmitSurveyInput = z.input<typeof submitSurveySchema>;
