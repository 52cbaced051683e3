import { normaliseOrgNumber } from "../members/schemas";
import { z } from "../validation";
import { valueOfWord, type WordList } from "./words";

// One row of each file, checked column by column. Messages are import error codes
// (lib/import/columns.ts), turned into translated text where they are shown.

/**
 * A real day of the calendar as ISO (2019-09-01) or as Swedish and Norwegian spreadsheets write it
 * (1.9.2019, 01.09.2019), as a Date at UTC midnight; null for anything else (2023-02-30 is not a day).
 * Slashes are refused: 1/9/2019 is 1 September in Oslo and 9 January in an American Excel.
 */
export function calendarDate(value: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : local ? [local[3], local[2], local[1]].map(Number) : [0, 0, 0];
  if (!year) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export const isCalendarDate = (value: string) => calendarDate(value) !== null;

const required = (max: number) => z.string().min(1, "required").max(max, "tooLong");
const optional = (max: number) =>
  z
    .string()
    .max(max, "tooLong")
    .transform((v) => v || null);

const day = z
  .string()
  .min(1, "required")
  .transform((v, ctx) => calendarDate(v) ?? (ctx.addIssue({ code: "custom", message: "date" }), z.NEVER));

/**
 * A word of the list in sv, nb or en (any case) → its value. An empty cell is `empty` where not
 * knowing is a value (gender, education, the yes/no outcomes), else "required"; any other word "choice".
 */
function choice<V extends string, E = never>(list: WordList, map: Record<string, V>, empty?: E) {
  return z.string().transform((value, ctx): V | E => {
    if (!value && empty !== undefined) return empty;
    const word = valueOfWord(list, value);
    if (word !== undefined && Object.hasOwn(map, word)) return map[word];
    ctx.addIssue({ code: "custom", message: value ? "choice" : "required" });
    return z.NEVER;
  });
}

const GENDERS = { WOMAN: "WOMAN", MAN: "MAN", OTHER: "OTHER", UNDISCLOSED: "UNDISCLOSED" } as const;
const EDUCATION_LEVELS = { BACHELOR: "BACHELOR", MASTER: "MASTER", PHD: "PHD", UNKNOWN: "UNKNOWN" } as const;
const SECTORS = { PRIVATE: "PRIVATE", PUBLIC: "PUBLIC" } as const;
const YES_NO = { YES: "YES", NO: "NO", UNKNOWN: "UNKNOWN" } as const;
type Tie = "GREW_UP" | "STUDIED" | "PARTNER_FAMILY" | "NONE";

/** One tie or several joined by "+" (grew_up+studied); "none" and "unknown" (or an empty cell) stand alone. */
const ties = z.string().transform((value, ctx): Tie[] => {
  if (!value) return [];
  const values = value.split(/[+|]/).map((w) => valueOfWord("ties", w));
  if (values.length === 1 && values[0] === "UNKNOWN") return [];
  const known = values.every((v) => v !== undefined && v !== "UNKNOWN") && (values.length === 1 || !values.includes("NONE"));
  if (!known) {
    ctx.addIssue({ code: "custom", message: "choice" });
    return z.NEVER;
  }
  return [...new Set(values as Tie[])].sort();
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

const yesNo = choice("yes_no", YES_NO, "UNKNOWN" as const);

export const traineeRowSchema = z.object({
  cohort: required(40),
  cohort_start: day,
  cohort_end: day,
  trainee_name: required(160),
  trainee_email: optionalEmail,
  gender: choice("gender", GENDERS, "UNDISCLOSED" as const),
  education_level: choice("education_level", EDUCATION_LEVELS, "UNKNOWN" as const).transform((v) => (v === "UNKNOWN" ? null : v)),
  field: optional(120),
  ties,
  employer: required(160),
  employer_org_number: optionalOrgNumber,
  employer_sector: choice("employer_sector", SECTORS),
  completed: yesNo,
  offered_job: yesNo,
  accepted_offer: yesNo,
  in_region_end: yesNo,
  in_region_1y: yesNo,
  in_region_3y: yesNo,
});

export type TraineeRow = z.output<typeof traineeRowSchema>;

/** A campaign figure: a whole number, or an empty cell for a figure the old report never gave (unknown, not 0). */
const count = z
  .string()
  .regex(/^(\d{1,7})?$/, "count")
  .transform((v) => (v === "" ? null : Number(v)));

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
