import { optionalText, z } from "../validation";

// What the application form asks when a ranked posting needs a Norwegian public applicant list
// (offentleglova § 25), and the inputs of the lists' actions. Field messages are keys under
// applicantLists.validation (docs/decisions/0050-public-applicant-lists.md).

/** The oldest year of birth the form takes; the youngest is 16 years before this year. */
export const BIRTH_YEAR_MIN = 1940;
export const REASON_MAX = 1000;
export const NOTE_MAX = 1000;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Four digits, held as text by the form; empty is "not given" (required only for a list posting). */
const birthYear = z.preprocess(
  (v) => (blank(v) ? undefined : String(v).trim()),
  z
    .string()
    .regex(/^\d{4}$/, "applicantLists.validation.birthYear")
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(BIRTH_YEAR_MIN, "applicantLists.validation.birthYearRange")
        .max(new Date().getUTCFullYear() - 16, "applicantLists.validation.birthYearRange"),
    )
    .optional(),
);

/** The application form's list fields; each optional here, required by `listDetailsProblems`. */
export const listDetailsFields = {
  birthYear,
  currentPosition: optionalText(120),
  homeMunicipality: optionalText(80),
  workExperience: optionalText(1000),
  listExemption: z.boolean().default(false),
  listExemptionReason: optionalText(REASON_MAX),
};

/** The same fields in a saved draft: anything typed so far, bounded. */
export const listDetailsDraftFields = {
  birthYear: z.union([z.string().max(10), z.number()]),
  currentPosition: z.string().max(400),
  homeMunicipality: z.string().max(300),
  workExperience: z.string().max(3000),
  listExemption: z.boolean(),
  listExemptionReason: z.string().max(3000),
};

export interface ListDetailsValues {
  birthYear?: unknown;
  currentPosition?: unknown;
  homeMunicipality?: unknown;
  listExemption?: unknown;
  listExemptionReason?: unknown;
}

/**
 * What is missing when the application ranks a posting that gets a public applicant list: the
 * list's columns the profile lacks, and a reason when the applicant asks to be left off it.
 * Field → message key; empty when nothing is missing. Shared by the form and the server.
 */
export function listDetailsProblems(values: ListDetailsValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (blank(values.birthYear)) problems.birthYear = "applicantLists.validation.birthYearRequired";
  if (blank(values.currentPosition)) problems.currentPosition = "applicantLists.validation.currentPositionRequired";
  if (blank(values.homeMunicipality)) problems.homeMunicipality = "applicantLists.validation.homeMunicipalityRequired";
  if (values.listExemption === true && blank(values.listExemptionReason)) {
    problems.listExemptionReason = "applicantLists.validation.reasonRequired";
  }
  return problems;
}

/**
 * The browser's one-pass check: the form schema plus the list fields' requirement when a ranked
 * posting is one of `listPostingIds`. Runs even when other fields fail (`when`), so every problem
 * shows at once; it reads the values defensively for that reason.
 */
export function withListRules<S extends z.ZodObject>(schema: S, listPostingIds: readonly string[]): S {
  if (listPostingIds.length === 0) return schema;
  return schema.superRefine(
    (values, ctx) => {
      const record = values as Record<string, unknown>;
      const ranked = Array.isArray(record.preferences) ? (record.preferences as unknown[]) : [];
      if (!ranked.some((id) => typeof id === "string" && listPostingIds.includes(id))) return;
      for (const [field, message] of Object.entries(listDetailsProblems(record))) ctx.addIssue({ code: "custom", path: [field], message });
    },
    { when: () => true },
  ) as S;
}

export const decideExemptionSchema = z
  .object({
    exemptionId: z.string().min(1).max(40),
    decision: z.enum(["GRANT", "REFUSE"], { error: "applicantLists.validation.decision" }),
    note: z.string().trim().min(1, "applicantLists.validation.noteRequired").max(NOTE_MAX, "validation.tooLong"),
  })
  .strict();
export type DecideExemptionInput = z.input<typeof decideExemptionSchema>;

export const listPostingSchema = z.object({ postingId: z.string().min(1).max(40) }).strict();
export const exemptionRefSchema = z.object({ exemptionId: z.string().min(1).max(40) }).strict();
