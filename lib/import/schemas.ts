import { normaliseOrgNumber } from "../members/schemas";
import { z } from "../validation";
import { EDUCATION_LEVELS, GENDERS, SECTORS, TIES, YES_NO } from "./columns";

// One row of each file, checked column by column. Messages are import error codes
// (lib/import/columns.ts), turned into translated text where they are shown.

/** A real day of the calendar written YYYY-MM-DD: 2023-02-30 is not one. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const required = (max: number) => z.string().min(1, "required").max(max, "tooLong");
const optional = (max: number) =>
  z
    .string()
    .max(max, "tooLong")
    .transform((v) => v || null);

const day = z
  .string()
  .min(1, "required")
  .refine(isCalendarDate, "date")
  .transform((v) => new Date(`${v}T00:00:00.000Z`));

/** A word of `map` (any case) → its value; an empty cell is "required", any other word "choice". */
function choice<M extends Record<string, unknown>>(map: M) {
  return z.string().transform((value, ctx) => {
    const key = value.toLowerCase();
    if (Object.hasOwn(map, key)) return map[key] as M[keyof M];
    ctx.addIssue({ code: "custom", message: value ? "choice" : "required" });
    return z.NEVER;
  });
}

/** One tie or several joined by "+" (grew_up+studied); "none" and "unknown" stand alone. */
const ties = z.string().transform((value, ctx) => {
  const words = value.toLowerCase().split(/[+|]/).map((w) => w.trim());
  if (words.length === 1 && words[0] === "unknown") return [];
  const known = words.every((w) => Object.hasOwn(TIES, w)) && (words.length === 1 || !words.includes("none"));
  if (!known) {
    ctx.addIssue({ code: "custom", message: value ? "choice" : "required" });
    return z.NEVER;
  }
  return [...new Set(words.map((w) => TIES[w as keyof typeof TIES]))].sort();
});

const optionalEmail = z
  .string()
  .max(254, "tooLong")
  .transform((v) => v.toLowerCase())
  .pipe(z.union([z.literal(""), z.email("email")]))
  .transform((v) => v || null);

const optionalOrgNumber = z.string().transform((value, ctx) => {
  if (!value) return null;
  const canonical = normaliseOrgNumber(value);
  if (canonical) return canonical;
  ctx.addIssue({ code: "custom", message: "orgNumber" });
  return z.NEVER;
});

const yesNo = choice(YES_NO);

export const traineeRowSchema = z.object({
  cohort: required(40),
  cohort_start: day,
  cohort_end: day,
  trainee_name: required(160),
  trainee_email: optionalEmail,
  gender: choice(GENDERS),
  education_level: choice(EDUCATION_LEVELS),
  field: optional(120),
  ties,
  employer: required(160),
  employer_org_number: optionalOrgNumber,
  employer_sector: choice(SECTORS),
  completed: yesNo,
  offered_job: yesNo,
  accepted_offer: yesNo,
  in_region_end: yesNo,
  in_region_1y: yesNo,
  in_region_3y: yesNo,
});

export type TraineeRow = z.output<typeof traineeRowSchema>;

const count = z
  .string()
  .min(1, "required")
  .regex(/^\d{1,7}$/, "count")
  .transform(Number);

export const campaignRowSchema = z.object({
  cohort: required(40),
  applicants: count,
  places: count,
  applicants_outside_region: count,
  interviewed: count,
});

export type CampaignRow = z.output<typeof campaignRowSchema>;

/** Far above any consortium's history (a few thousand rows), and within the server's body limit. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

const csvFile = z
  .instanceof(File, { error: "validation.required" })
  .refine((f) => f.size > 0, "validation.required")
  .refine((f) => f.size <= IMPORT_MAX_BYTES, "import.form.tooLarge");

/** A file field left empty arrives as an empty, nameless File (or not at all). */
const absentToUndefined = (value: unknown) => (value === null || (value instanceof File && value.size === 0 && !value.name) ? undefined : value);

/** The files of an import: multipart form data from the browser, or a plain object from tests. */
export const importFilesSchema = z.preprocess(
  (raw) => {
    const get = (name: string) => (raw instanceof FormData ? raw.get(name) : (raw as Record<string, unknown> | null)?.[name]);
    return { trainees: absentToUndefined(get("trainees") ?? null), campaigns: absentToUndefined(get("campaigns") ?? null) };
  },
  z.object({ trainees: csvFile, campaigns: csvFile.optional() }),
);

export type ImportFiles = z.output<typeof importFilesSchema>;
