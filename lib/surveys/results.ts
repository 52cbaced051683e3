import type { Tx } from "../db/tenant";
import { readSnapshot, SCALE_VALUES, type ChoiceOption, type Label, type QuestionKindName, type SnapshotQuestion, type WaveName } from "./types";

// What the follow-up surveys say, per cohort and wave (END, YEAR_1, YEAR_3, or the member
// employers' survey): how many answered, each choice and scale question's distribution, a scale's
// mean and median, and the free text. Counted from the answers as sent (each survey keeps the
// questions it was sent with), so a question edited later is still read as it was asked.

export type ResultWave = WaveName | "EMPLOYER";
export const RESULT_WAVES: readonly ResultWave[] = ["END", "YEAR_1", "YEAR_3", "EMPLOYER"];

export interface QuestionResult {
  id: string;
  key: string | null;
  kind: QuestionKindName;
  label: Label;
  /** Choice options (or scale values 1–5, or municipalities named) with how many chose each, in the question's order. */
  counts: { value: string; label: Label | null; count: number }[];
  /** People who answered this question. */
  answered: number;
  mean: number | null;
  median: number | null;
  /** Free-text answers (TEXT questions), for coordinators only — never disclosed to others. */
  texts: string[];
}

export interface WaveResult {
  cohortId: string;
  wave: ResultWave;
  sent: number;
  answered: number;
  questions: QuestionResult[];
}

interface SurveyRow {
  questions: unknown;
  answers: unknown;
  answered: boolean;
}

/** The surveys of one cohort and wave that went out, with their questions and answers. */
async function loadRows(tx: Tx, consortiumId: string, cohortIds: string[], wave: ResultWave): Promise<(SurveyRow & { cohortId: string })[]> {
  if (wave === "EMPLOYER") {
    const rows = await tx.employerFollowUp.findMany({ where: { consortiumId, cohortId: { in: cohortIds }, sentAt: { not: null } }, select: { cohortId: true, questions: true, answers: true, answeredAt: true } });
    return rows.map((r) => ({ cohortId: r.cohortId, questions: r.questions, answers: r.answers, answered: r.answeredAt !== null }));
  }
  const rows = await tx.followUp.findMany({
    where: { consortiumId, wave, sentAt: { not: null }, trainee: { consortiumId, cohortId: { in: cohortIds } } },
    select: { questions: true, answers: true, answeredAt: true, trainee: { select: { cohortId: true } } },
  });
  return rows.map((r) => ({ cohortId: r.trainee.cohortId, questions: r.questions, answers: r.answers, answered: r.answeredAt !== null }));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : round2((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Aggregates answered surveys: questions in the order first sent, answers counted per question. */
export function aggregate(cohortId: string, wave: ResultWave, rows: SurveyRow[]): WaveResult {
  const questions = new Map<string, SnapshotQuestion>();
  const values = new Map<string, (string | number)[]>();
  for (const row of rows) {
    for (const q of readSnapshot(row.questions)) if (!questions.has(q.id)) questions.set(q.id, q);
    if (!row.answered) continue;
    const answers = (row.answers ?? {}) as Record<string, unknown>;
    for (const [id, value] of Object.entries(answers)) {
      if (typeof value !== "string" && typeof value !== "number") continue;
      if (typeof value === "string" && !value.trim()) continue;
      values.set(id, [...(values.get(id) ?? []), value]);
    }
  }
  const results = [...questions.values()].map((q): QuestionResult => {
    const given = values.get(q.id) ?? [];
    const numbers = q.kind === "SCALE" ? given.map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 5) : [];
    return {
      id: q.id,
      key: q.key,
      kind: q.kind,
      label: q.label,
      counts: countsOf(q, given, numbers),
      answered: q.kind === "SCALE" ? numbers.length : given.length,
      mean: numbers.length ? round2(numbers.reduce((s, n) => s + n, 0) / numbers.length) : null,
      median: median(numbers),
      texts: q.kind === "TEXT" ? given.map(String) : [],
    };
  });
  return { cohortId, wave, sent: rows.length, answered: rows.filter((r) => r.answered).length, questions: results };
}

function countsOf(q: SnapshotQuestion, given: (string | number)[], numbers: number[]): QuestionResult["counts"] {
  if (q.kind === "SCALE") return SCALE_VALUES.map((v) => ({ value: String(v), label: null, count: numbers.filter((n) => n === v).length }));
  if (q.kind === "CHOICE") return q.options.map((o: ChoiceOption) => ({ value: o.value, label: o.label, count: given.filter((g) => g === o.value).length }));
  if (q.kind === "MUNICIPALITY") {
    const names = new Map<string, number>();
    for (const g of given) names.set(String(g), (names.get(String(g)) ?? 0) + 1);
    return [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, label: null, count }));
  }
  return [];
}

/** One cohort's results for one wave. */
export async function loadWaveResult(tx: Tx, consortiumId: string, cohortId: string, wave: ResultWave): Promise<WaveResult> {
  return aggregate(cohortId, wave, await loadRows(tx, consortiumId, [cohortId], wave));
}

/** The same wave for every cohort Kohort ran (imported ones have no surveys), oldest first: the trend. */
export async function loadWaveTrend(tx: Tx, consortiumId: string, wave: ResultWave): Promise<(WaveResult & { name: string })[]> {
  const cohorts = await tx.cohort.findMany({ where: { consortiumId, imported: false }, select: { id: true, name: true }, orderBy: [{ startDate: "asc" }, { name: "asc" }] });
  const rows = await loadRows(tx, consortiumId, cohorts.map((c) => c.id), wave);
  return cohorts
    .map((c) => ({ ...aggregate(c.id, wave, rows.filter((r) => r.cohortId === c.id)), name: c.name }))
    .filter((r) => r.sent > 0);
}

/** Cohorts whose surveys can have gone out (Kohort ran them and they have begun), newest first. */
export function listSurveyCohorts(tx: Tx, consortiumId: string) {
  return tx.cohort.findMany({
    where: { consortiumId, imported: false, status: { in: ["RUNNING", "FINISHED"] } },
    select: { id: true, name: true },
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
  });
}

export const isResultWave = (value: unknown): value is ResultWave => typeof value === "string" && (RESULT_WAVES as readonly string[]).includes(value);
