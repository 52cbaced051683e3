import { randomUUID } from "node:crypto";
import type { EducationLevel, FollowUpWave, Gender, RegionTie, TraineeStatus, TriState } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import type { ImportRowError } from "./columns";
import type { ChangeKind } from "./plan";
import { importKeyOf, parseImportKey, sameName, type ValidTrainee } from "./validate";

// The trainees part of an import plan: each row found again by its import key (or, when only its
// email was added or removed, by its name) and compared field by field, its placement and its
// answers about where it lives.

export interface TraineeFields {
  cohortId: string;
  name: string;
  email: string | null;
  gender: Gender;
  educationLevel: EducationLevel | null;
  field: string | null;
  ties: RegionTie[];
  status: TraineeStatus;
  offeredJob: TriState;
  acceptedOffer: TriState;
}

export interface PlacementFields {
  employerId: string;
  startDate: Date;
  endDate: Date;
}

export type Answers = Partial<Record<FollowUpWave, "YES" | "NO">>;

export interface TraineePlan {
  kind: ChangeKind;
  id: string;
  importKey: string;
  fields: TraineeFields;
  /** What to write on a stored trainee; `importKey` too when it was found by name, not by its key. */
  changedFields: Partial<TraineeFields> & { importKey?: string };
  placement: PlacementFields;
  /** The trainee's placements are replaced by `placement`. */
  placementChanged: boolean;
  answers: Answers;
  /** Waves whose imported answer is new or differs, and waves no longer known (their row goes). */
  answersToWrite: Answers;
  answersToRemove: FollowUpWave[];
}

const STATUS = { YES: "COMPLETED", NO: "DROPPED_OUT", UNKNOWN: "ACTIVE" } as const satisfies Record<TriState, TraineeStatus>;
const WAVE_COLUMNS = { END: "in_region_end", YEAR_1: "in_region_1y", YEAR_3: "in_region_3y" } as const satisfies Record<FollowUpWave, keyof ValidTrainee>;

function wanted(row: ValidTrainee, cohortId: string, employerId: string) {
  const fields: TraineeFields = {
    cohortId,
    name: row.trainee_name,
    email: row.trainee_email,
    gender: row.gender,
    educationLevel: row.education_level,
    field: row.field,
    ties: row.ties,
    status: STATUS[row.completed],
    offeredJob: row.offered_job,
    acceptedOffer: row.accepted_offer,
  };
  const answers: Answers = {};
  for (const [wave, column] of Object.entries(WAVE_COLUMNS) as [FollowUpWave, (typeof WAVE_COLUMNS)[FollowUpWave]][]) {
    const value = row[column];
    if (value !== "UNKNOWN") answers[wave] = value;
  }
  return { fields, answers, placement: { employerId, startDate: row.cohort_start, endDate: row.cohort_end } };
}

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b);
const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

type Stored = Awaited<ReturnType<typeof loadStored>>[number];

/** The stored trainees the rows may name: by their keys, and every imported one of their cohorts. */
function loadStored(tx: Tx, consortiumId: string, rows: ValidTrainee[], cohortIds: Map<string, string>) {
  return tx.trainee.findMany({
    where: {
      consortiumId,
      OR: [{ importKey: { in: rows.map((r) => r.key) } }, { cohortId: { in: [...new Set(rows.map((r) => cohortIds.get(r.cohort)!))] }, importKey: { not: null } }],
    },
    select: {
      id: true,
      importKey: true,
      cohortId: true,
      name: true,
      email: true,
      gender: true,
      educationLevel: true,
      field: true,
      ties: true,
      status: true,
      offeredJob: true,
      acceptedOffer: true,
      placements: { select: { employerId: true, startDate: true, endDate: true } },
      followUps: { select: { wave: true, livesInRegion: true, sentAt: true } },
    },
    orderBy: { id: "asc" },
  });
}

/**
 * Each row's stored trainee. First by the row's own key; then a row whose key is new takes the
 * trainee of its cohort and name that was keyed the other way: by name when the row now has an
 * email (filling in missing emails is the most common correction), by email when it no longer has
 * one. Each trainee goes to one row at most. Two rows with emails and one name-keyed trainee: the
 * first row takes it, and since the rows overwrite all of it the result is the same either way.
 * A row without an email that could be several trainees (same name, other emails) is a problem:
 * which one keeps its email would be a guess.
 */
function matchStored(rows: ValidTrainee[], stored: Stored[], errors: ImportRowError[]): (Stored | undefined)[] {
  const byKey = new Map(stored.map((t) => [t.importKey, t]));
  const matched = rows.map((r) => byKey.get(r.key));
  const taken = new Set(matched.flatMap((t) => (t ? [t.id] : [])));
  rows.forEach((row, i) => {
    if (matched[i]) return;
    const nameKey = importKeyOf(row.cohort, null, row.trainee_name);
    const candidates = stored.filter((t) => {
      if (taken.has(t.id)) return false;
      if (row.trainee_email) return t.importKey === nameKey;
      const key = parseImportKey(t.importKey);
      return key?.by === "email" && key.cohort === row.cohort && sameName(t.name, row.trainee_name);
    });
    if (candidates.length > 1) errors.push({ file: "trainees", row: row.row, column: "trainee_email", code: "traineeAmbiguous" });
    else if (candidates.length === 1) {
      matched[i] = candidates[0];
      taken.add(candidates[0].id);
    }
  });
  return matched;
}

/** Each row's trainee, new or found again, with only what differs marked for writing. */
export async function planTrainees(
  tx: Tx,
  consortiumId: string,
  rows: ValidTrainee[],
  cohortIds: Map<string, string>,
  employerIds: Map<string, string>,
  errors: ImportRowError[],
): Promise<TraineePlan[]> {
  const matched = matchStored(rows, await loadStored(tx, consortiumId, rows, cohortIds), errors);
  return rows.map((row, i) => {
    const { fields, answers, placement } = wanted(row, cohortIds.get(row.cohort)!, employerIds.get(row.employerKey)!);
    const found = matched[i];
    if (!found) {
      return { kind: "new", id: randomUUID(), importKey: row.key, fields, changedFields: fields, placement, placementChanged: true, answers, answersToWrite: answers, answersToRemove: [] };
    }
    const changedFields: TraineePlan["changedFields"] = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !same(value, found[key as keyof TraineeFields]))) as Partial<TraineeFields>;
    // Found by name: its key follows the row's email (or its name), so the next import finds it by key.
    if (found.importKey !== row.key) changedFields.importKey = row.key;
    const [only, ...more] = found.placements;
    const placementChanged =
      !only || more.length > 0 || only.employerId !== placement.employerId || !sameDay(only.startDate, placement.startDate) || !sameDay(only.endDate, placement.endDate);
    const before = new Map(found.followUps.map((f) => [f.wave, f.livesInRegion]));
    const answersToWrite = Object.fromEntries(Object.entries(answers).filter(([wave, value]) => before.get(wave as FollowUpWave) !== value)) as Answers;
    // Only rows an import made go: a survey that was really sent (never, for an imported cohort) stays.
    const answersToRemove = found.followUps.filter((f) => !f.sentAt && !answers[f.wave]).map((f) => f.wave);
    const changed = Object.keys(changedFields).length > 0 || placementChanged || Object.keys(answersToWrite).length > 0 || answersToRemove.length > 0;
    return { kind: changed ? "changed" : "unchanged", id: found.id, importKey: row.key, fields, changedFields, placement, placementChanged, answers, answersToWrite, answersToRemove };
  });
}
