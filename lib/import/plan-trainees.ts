import { randomUUID } from "node:crypto";
import type { EducationLevel, FollowUpWave, Gender, RegionTie, TraineeStatus, TriState } from "../db/generated/enums";
import type { Tx } from "../db/tenant";
import type { ChangeKind } from "./plan";
import type { ValidTrainee } from "./validate";

// The trainees part of an import plan: each row found again by its import key and compared field
// by field, its placement and its answers about where it lives.

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
  changedFields: Partial<TraineeFields>;
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

/** Each row's trainee, new or found by its import key, with only what differs marked for writing. */
export async function planTrainees(tx: Tx, consortiumId: string, rows: ValidTrainee[], cohortIds: Map<string, string>, employerIds: Map<string, string>): Promise<TraineePlan[]> {
  const existing = await tx.trainee.findMany({
    where: { consortiumId, importKey: { in: rows.map((r) => r.key) } },
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
  });
  const byKey = new Map(existing.map((t) => [t.importKey, t]));
  return rows.map((row) => {
    const { fields, answers, placement } = wanted(row, cohortIds.get(row.cohort)!, employerIds.get(row.employerKey)!);
    const found = byKey.get(row.key);
    if (!found) {
      return { kind: "new", id: randomUUID(), importKey: row.key, fields, changedFields: fields, placement, placementChanged: true, answers, answersToWrite: answers, answersToRemove: [] };
    }
    const changedFields = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !same(value, found[key as keyof TraineeFields]))) as Partial<TraineeFields>;
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
