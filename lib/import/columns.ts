// The two spreadsheets of earlier years (docs/decisions/0021-history-import.md): their columns
// (named in English, Swedish or Norwegian: lib/import/words.ts, which also holds the words).

export type ImportFile = "trainees" | "campaigns";

export const TRAINEE_COLUMNS = [
  "cohort",
  "cohort_start",
  "cohort_end",
  "trainee_name",
  "trainee_email",
  "gender",
  "education_level",
  "field",
  "ties",
  "employer",
  "employer_org_number",
  "employer_sector",
  "completed",
  "offered_job",
  "accepted_offer",
  "in_region_end",
  "in_region_1y",
  "in_region_3y",
] as const;

/** Columns a file may leave out altogether: their values may be empty anyway. */
export const OPTIONAL_TRAINEE_COLUMNS: readonly string[] = ["trainee_email", "employer_org_number", "field"];

export const CAMPAIGN_COLUMNS = ["cohort", "applicants", "places", "applicants_outside_region", "interviewed"] as const;

export type TraineeColumn = (typeof TRAINEE_COLUMNS)[number];
export type CampaignColumn = (typeof CAMPAIGN_COLUMNS)[number];

export const COLUMNS: Record<ImportFile, readonly string[]> = { trainees: TRAINEE_COLUMNS, campaigns: CAMPAIGN_COLUMNS };
export const OPTIONAL_COLUMNS: Record<ImportFile, readonly string[]> = { trainees: OPTIONAL_TRAINEE_COLUMNS, campaigns: [] };

/** What a single-file or whole-file problem is called; row problems use the same shape. */
export const IMPORT_ERROR_CODES = [
  "empty",
  "syntax",
  "unreadable",
  "columnCount",
  "unknownColumn",
  "missingColumn",
  "duplicateColumn",
  "noRows",
  "required",
  "tooLong",
  "date",
  "endBeforeStart",
  "choice",
  "email",
  "orgNumber",
  "count",
  "acceptedWithoutOffer",
  "interviewedAboveApplicants",
  "outsideAboveApplicants",
  "cohortDates",
  "duplicateTrainee",
  "traineeAmbiguous",
  "employerNames",
  "employerSectors",
  "duplicateCampaign",
  "cohortUnknown",
  "cohortLive",
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One problem in one file: the row (1-based, the header is row 1) and column where it is. */
export interface ImportRowError {
  file: ImportFile;
  row: number;
  column: string | null;
  code: ImportErrorCode;
  /** Values for the message: the text found, the row it clashes with. */
  params?: Record<string, string | number>;
  /** The column's name as the file's header writes it (a Swedish or Norwegian name, say). */
  header?: string;
}
