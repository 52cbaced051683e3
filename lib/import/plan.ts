import { randomUUID } from "node:crypto";
import type { CohortStatus } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import { COLUMNS, type ImportRowError } from "./columns";
import { planTrainees, type TraineePlan } from "./plan-trainees";
import type { ValidatedImport } from "./validate";

// What an import would change, worked out by comparing the files with the database, so that a dry
// run can report it and a real run writes only what differs (the same file twice changes nothing).

export type ChangeKind = "new" | "changed" | "unchanged";
export interface Tally {
  new: number;
  changed: number;
  unchanged: number;
}
export interface ImportSummary {
  cohorts: Tally;
  employers: Tally;
  trainees: Tally;
}

/** A campaign's figures; null where the file's cell was empty (the old report never gave it). */
export interface CampaignFigures {
  applicantsTotal: number | null;
  placesTotal: number | null;
  applicantsOutside: number | null;
  interviewedTotal: number | null;
}

export interface CohortPlan {
  kind: ChangeKind;
  id: string;
  name: string;
  /** Null for a cohort named only in the campaigns file: its dates stay as imported before. */
  fields: { startDate: Date; endDate: Date; programmeMonths: number; status: CohortStatus } | null;
  changedFields: Partial<NonNullable<CohortPlan["fields"]>>;
  campaignId: string | null;
  /** The campaign's figures to write, when the campaigns file has them and they differ. */
  figures: CampaignFigures | null;
}

export interface EmployerPlan {
  kind: ChangeKind;
  id: string;
  create: { name: string; orgNumber: string | null; sector: "PRIVATE" | "PUBLIC"; memberSince: Date; memberUntil: Date } | null;
  update: { orgNumber?: string; memberSince?: Date; memberUntil?: Date };
}

export interface ImportPlan {
  errors: ImportRowError[];
  cohorts: CohortPlan[];
  employers: EmployerPlan[];
  trainees: TraineePlan[];
  summary: ImportSummary;
}

const DAY_MS = 86_400_000;
const monthsBetween = (start: Date, end: Date) => Math.max(1, Math.round((end.getTime() - start.getTime() + DAY_MS) / (DAY_MS * 30.44)));

function tally(items: { kind: ChangeKind }[]): Tally {
  return { new: items.filter((i) => i.kind === "new").length, changed: items.filter((i) => i.kind === "changed").length, unchanged: items.filter((i) => i.kind === "unchanged").length };
}

async function planCohorts(tx: Tx, consortiumId: string, input: ValidatedImport, today: Date, errors: ImportRowError[]) {
  const names = [...new Set([...input.cohorts.keys(), ...input.campaigns.map((c) => c.cohort)])];
  const existing = await tx.cohort.findMany({
    where: { consortiumId, name: { in: names } },
    select: {
      id: true,
      name: true,
      imported: true,
      startDate: true,
      endDate: true,
      programmeMonths: true,
      status: true,
      campaign: { select: { id: true, applicantsTotal: true, placesTotal: true, applicantsOutside: true, interviewedTotal: true } },
    },
  });
  const byName = new Map(existing.map((c) => [c.name, c]));
  const figuresOf = new Map(input.campaigns.map((c) => [c.cohort, { applicantsTotal: c.applicants, placesTotal: c.places, applicantsOutside: c.applicants_outside_region, interviewedTotal: c.interviewed }]));
  for (const row of input.campaigns) {
    const found = byName.get(row.cohort);
    // Imported history is never mixed into a cohort Kohort runs live.
    if (found && !found.imported) errors.push({ file: "campaigns", row: row.row, column: "cohort", code: "cohortLive", params: { cohort: row.cohort } });
    else if (!found && !input.cohorts.has(row.cohort)) errors.push({ file: "campaigns", row: row.row, column: "cohort", code: "cohortUnknown", params: { cohort: row.cohort } });
  }
  const plans: CohortPlan[] = [];
  for (const name of names) {
    const found = byName.get(name);
    const fromFile = input.cohorts.get(name);
    if (found && !found.imported) {
      if (fromFile) errors.push({ file: "trainees", row: fromFile.row, column: "cohort", code: "cohortLive", params: { cohort: name } });
      continue;
    }
    if (!found && !fromFile) continue;
    const fields = fromFile
      ? { startDate: fromFile.start, endDate: fromFile.end, programmeMonths: monthsBetween(fromFile.start, fromFile.end), status: (fromFile.end < today ? "FINISHED" : "RUNNING") as CohortStatus }
      : null;
    const changedFields = Object.fromEntries(
      Object.entries(fields ?? {}).filter(([key, value]) => {
        const before: unknown = found?.[key as keyof NonNullable<typeof fields>];
        return !found || (value instanceof Date && before instanceof Date ? value.getTime() !== before.getTime() : value !== before);
      }),
    );
    const wanted = figuresOf.get(name) ?? null;
    const campaign = found?.campaign ?? null;
    const figuresDiffer = wanted && (!campaign || Object.entries(wanted).some(([key, value]) => campaign[key as keyof CampaignFigures] !== value));
    const kind: ChangeKind = !found ? "new" : Object.keys(changedFields).length || figuresDiffer || !campaign ? "changed" : "unchanged";
    plans.push({ kind, id: found?.id ?? randomUUID(), name, fields, changedFields, campaignId: campaign?.id ?? null, figures: figuresDiffer ? wanted : null });
  }
  return plans;
}

async function planEmployers(tx: Tx, consortiumId: string, input: ValidatedImport) {
  const existing = await tx.employer.findMany({
    where: { consortiumId },
    select: { id: true, name: true, orgNumber: true, memberSince: true, memberUntil: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const lower = (s: string) => s.toLocaleLowerCase("sv").trim();
  const ids = new Map<string, string>();
  const plans: EmployerPlan[] = [];
  for (const group of input.employers.values()) {
    const found =
      (group.orgNumber && existing.find((e) => e.orgNumber === group.orgNumber)) || existing.find((e) => lower(e.name) === lower(group.name) && (!group.orgNumber || !e.orgNumber));
    if (!found) {
      const id = randomUUID();
      ids.set(group.key, id);
      plans.push({ kind: "new", id, create: { name: group.name, orgNumber: group.orgNumber, sector: group.sector, memberSince: group.since, memberUntil: group.until }, update: {} });
      continue;
    }
    ids.set(group.key, found.id);
    // The files show when it hosted trainees: a membership that began later, or ended earlier, is widened.
    const update: EmployerPlan["update"] = {};
    if (group.orgNumber && !found.orgNumber) update.orgNumber = group.orgNumber;
    if (group.since < found.memberSince) update.memberSince = group.since;
    if (found.memberUntil && group.until > found.memberUntil) update.memberUntil = group.until;
    plans.push({ kind: Object.keys(update).length ? "changed" : "unchanged", id: found.id, create: null, update });
  }
  return { plans, ids };
}

/** Compares the checked files with the database; problems only the database can show join `errors`. */
export async function planImport(tx: Tx, consortiumId: string, input: ValidatedImport, today: Date): Promise<ImportPlan> {
  const errors = [...input.errors];
  const cohorts = await planCohorts(tx, consortiumId, input, today, errors);
  const employers = await planEmployers(tx, consortiumId, input);
  const cohortIds = new Map(cohorts.map((c) => [c.name, c.id]));
  const trainees = await planTrainees(tx, consortiumId, input.trainees.filter((t) => cohortIds.has(t.cohort)), cohortIds, employers.ids, errors);
  const place = (e: ImportRowError) => COLUMNS[e.file].indexOf(e.column ?? "");
  errors.sort((a, b) => (a.file === b.file ? a.row - b.row || place(a) - place(b) : a.file === "trainees" ? -1 : 1));
  return { errors, cohorts, employers: employers.plans, trainees, summary: { cohorts: tally(cohorts), employers: tally(employers.plans), trainees: tally(trainees) } };
}
