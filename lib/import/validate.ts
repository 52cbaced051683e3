import type { z } from "../validation";
import { IMPORT_ERROR_CODES, type ImportErrorCode, type ImportFile, type ImportRowError } from "./columns";
import { csvLines, parseSheet, type CsvRow, type ParsedFile } from "./csv";
import { isXlsx, xlsxLines } from "./xlsx";
import { campaignRowSchema, traineeRowSchema, type CampaignRow, type TraineeRow } from "./schemas";

export type ValidTrainee = TraineeRow & { row: number; key: string; employerKey: string };
export type ValidCampaign = CampaignRow & { row: number };

export interface ImportCohort {
  name: string;
  start: Date;
  end: Date;
  /** The first row that names it, where a problem with the cohort as a whole is reported. */
  row: number;
}

export interface ImportEmployer {
  key: string;
  name: string;
  orgNumber: string | null;
  sector: "PRIVATE" | "PUBLIC";
  /** The span of the cohorts it hosted trainees in: its membership as far as the files know. */
  since: Date;
  until: Date;
}

/** Both files read and checked on their own, before anything is compared with the database. */
export interface ValidatedImport {
  trainees: ValidTrainee[];
  campaigns: ValidCampaign[];
  cohorts: Map<string, ImportCohort>;
  employers: Map<string, ImportEmployer>;
  errors: ImportRowError[];
  /** Data rows read from each file, with or without problems. */
  read: { trainees: number; campaigns: number };
  /** Data rows with at least one problem. */
  rowsWithProblems: number;
}

const lower = (s: string) => s.toLocaleLowerCase("sv").replace(/\s+/g, " ");

/** An imported trainee's key, read back: its cohort's name and how it is known (email, or else name). */
export interface ImportKeyParts {
  cohort: string;
  by: "email" | "name";
  value: string;
}

/**
 * The key that finds an imported trainee again on the next import: cohort, then the email or else
 * the name in lower case. JSON, not joined with a separator, so no cohort or name, whatever
 * characters it holds, can spell another trainee's key ("A|b" + "x" and "A" + "b|x" stay apart).
 */
export const importKeyOf = (cohort: string, email: string | null, name: string) =>
  JSON.stringify(email ? [cohort, "email", email] : [cohort, "name", lower(name)]);

/** The parts of a key importKeyOf wrote; null for any other text (e.g. a key set some other way). */
export function parseImportKey(key: string | null): ImportKeyParts | null {
  try {
    const parts: unknown = JSON.parse(key ?? "");
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === "string")) return null;
    const [cohort, by, value] = parts as string[];
    return by === "email" || by === "name" ? { cohort, by, value } : null;
  } catch {
    return null;
  }
}

/** Names compared as the keys compare them: case and runs of spaces do not matter. */
export const sameName = (a: string, b: string) => lower(a.trim()) === lower(b.trim());

function checkRows<S extends z.ZodType>(file: ImportFile, { rows, headers }: ParsedFile, schema: S, errors: ImportRowError[]) {
  const valid: (z.output<S> & { row: number })[] = [];
  for (const { row, values } of rows) {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      valid.push({ ...(parsed.data as object), row } as z.output<S> & { row: number });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      const code = (IMPORT_ERROR_CODES as readonly string[]).includes(issue.message) ? (issue.message as ImportErrorCode) : "choice";
      const params: Record<string, string> | undefined = code === "choice" || code === "date" ? { value: values[column] } : undefined;
      errors.push({ file, row, column: column || null, code, ...(params ? { params } : {}), ...(headers[column] ? { header: headers[column] } : {}) });
    }
  }
  return valid;
}

/** Cohorts by name with one set of dates, and each trainee once per cohort. */
function checkTrainees(rows: (TraineeRow & { row: number })[], errors: ImportRowError[]) {
  const cohorts = new Map<string, ImportCohort>();
  const keys = new Map<string, number>();
  for (const r of rows) {
    const fail = (column: string, code: ImportErrorCode, params?: Record<string, string | number>) =>
      errors.push({ file: "trainees", row: r.row, column, code, ...(params ? { params } : {}) });
    if (r.cohort_end <= r.cohort_start) fail("cohort_end", "endBeforeStart");
    if (r.accepted_offer === "YES" && r.offered_job === "NO") fail("accepted_offer", "acceptedWithoutOffer");
    const cohort = cohorts.get(r.cohort);
    if (!cohort) cohorts.set(r.cohort, { name: r.cohort, start: r.cohort_start, end: r.cohort_end, row: r.row });
    else if (cohort.start.getTime() !== r.cohort_start.getTime() || cohort.end.getTime() !== r.cohort_end.getTime()) {
      fail("cohort_start", "cohortDates", { first: cohort.row });
    }
    const key = importKeyOf(r.cohort, r.trainee_email, r.trainee_name);
    const first = keys.get(key);
    if (first) fail(r.trainee_email ? "trainee_email" : "trainee_name", "duplicateTrainee", { first });
    else keys.set(key, r.row);
  }
  return { keyed: rows.map((r) => ({ ...r, key: importKeyOf(r.cohort, r.trainee_email, r.trainee_name) })), cohorts };
}

/**
 * Employers by organisation number (one name, one sector each), else by name; a row without a
 * number joins the employer of the same name that has one.
 */
function groupEmployers(rows: (TraineeRow & { row: number; key: string })[], errors: ImportRowError[]) {
  const groups = new Map<string, ImportEmployer & { row: number }>();
  const byName = new Map<string, string>();
  const keyed: ValidTrainee[] = [];
  const ordered = [...rows.filter((r) => r.employer_org_number), ...rows.filter((r) => !r.employer_org_number)];
  for (const r of ordered) {
    const key = r.employer_org_number ? `org:${r.employer_org_number}` : (byName.get(lower(r.employer)) ?? `name:${lower(r.employer)}`);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, name: r.employer, orgNumber: r.employer_org_number, sector: r.employer_sector, since: r.cohort_start, until: r.cohort_end, row: r.row });
      if (!byName.has(lower(r.employer))) byName.set(lower(r.employer), key);
    } else {
      if (r.employer_org_number && lower(group.name) !== lower(r.employer)) {
        errors.push({ file: "trainees", row: r.row, column: "employer", code: "employerNames", params: { first: group.row, name: group.name } });
      }
      if (group.sector !== r.employer_sector) errors.push({ file: "trainees", row: r.row, column: "employer_sector", code: "employerSectors", params: { first: group.row } });
      if (r.cohort_start < group.since) group.since = r.cohort_start;
      if (r.cohort_end > group.until) group.until = r.cohort_end;
    }
    keyed.push({ ...r, employerKey: key });
  }
  return { keyed: keyed.sort((a, b) => a.row - b.row), groups };
}

function checkCampaigns(rows: (CampaignRow & { row: number })[], errors: ImportRowError[]) {
  const seen = new Map<string, number>();
  return rows.filter((r) => {
    const before = errors.length;
    const first = seen.get(r.cohort);
    if (first) errors.push({ file: "campaigns", row: r.row, column: "cohort", code: "duplicateCampaign", params: { first } });
    else seen.set(r.cohort, r.row);
    if (r.interviewed !== null && r.applicants !== null && r.interviewed > r.applicants) errors.push({ file: "campaigns", row: r.row, column: "interviewed", code: "interviewedAboveApplicants" });
    if (r.applicants_outside_region !== null && r.applicants !== null && r.applicants_outside_region > r.applicants) {
      errors.push({ file: "campaigns", row: r.row, column: "applicants_outside_region", code: "outsideAboveApplicants" });
    }
    return errors.length === before;
  });
}

/** A file as CSV or, when it is one, as an .xlsx workbook's first sheet. */
async function readFile(file: ImportFile, bytes: Uint8Array): Promise<ParsedFile> {
  const lines = isXlsx(bytes) ? await xlsxLines(file, bytes) : csvLines(file, bytes);
  return Array.isArray(lines) ? parseSheet(file, lines) : { rows: [], errors: [lines], read: 0, headers: {} };
}

const NO_FILE: ParsedFile = { rows: [], errors: [], read: 0, headers: {} };

/** Reads and checks both files on their own; every problem is listed, none stops the others. */
export async function validateFiles(traineesBytes: Uint8Array, campaignsBytes: Uint8Array | null): Promise<ValidatedImport> {
  const errors: ImportRowError[] = [];
  const traineeFile = await readFile("trainees", traineesBytes);
  const campaignFile = campaignsBytes ? await readFile("campaigns", campaignsBytes) : NO_FILE;
  errors.push(...traineeFile.errors, ...campaignFile.errors);
  const checked = checkTrainees(checkRows("trainees", traineeFile, traineeRowSchema, errors), errors);
  const { keyed, groups } = groupEmployers(checked.keyed, errors);
  const campaigns = checkCampaigns(checkRows("campaigns", campaignFile, campaignRowSchema, errors), errors);
  // The checks across rows see every row that reads, so each problem of a row is named at once.
  const bad = new Set(errors.filter((e) => e.file === "trainees").map((e) => e.row));
  const rowsWithProblems = new Set(errors.filter((e) => e.row > 1).map((e) => `${e.file}:${e.row}`)).size;
  return {
    trainees: keyed.filter((r) => !bad.has(r.row)),
    campaigns,
    cohorts: checked.cohorts,
    employers: groups,
    errors,
    read: { trainees: traineeFile.read, campaigns: campaignFile.read },
    rowsWithProblems,
  };
}
