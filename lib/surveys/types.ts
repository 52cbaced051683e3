// The shapes of the question bank and of a sent survey, shared by the server, the forms and tests.
// Nothing here touches the database, so client components may import it.

export const SURVEY_LOCALES = ["sv", "nb", "en"] as const;
export type Label = Record<(typeof SURVEY_LOCALES)[number], string>;

export const QUESTION_KINDS = ["CHOICE", "SCALE", "TEXT", "MUNICIPALITY"] as const;
export type QuestionKindName = (typeof QUESTION_KINDS)[number];

export const AUDIENCES = ["TRAINEE", "EMPLOYER"] as const;
export type AudienceName = (typeof AUDIENCES)[number];

export const WAVES = ["END", "YEAR_1", "YEAR_3"] as const;
export type WaveName = (typeof WAVES)[number];

export interface ChoiceOption {
  value: string;
  label: Label;
}

/** One question as it was sent: a copy, so later edits of the bank never change a sent survey. */
export interface SnapshotQuestion {
  id: string;
  key: string | null;
  kind: QuestionKindName;
  label: Label;
  options: ChoiceOption[];
  required: boolean;
}

/** The answer stored per question id: a number for scales, text otherwise. */
export type AnswerValue = string | number;
export type SurveyAnswers = Record<string, AnswerValue>;

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
/** The select value standing for "a municipality outside the region", written in beside it. */
export const ELSEWHERE = "__elsewhere";

/**
 * Keys of ready-made questions whose answers feed the outcomes. They keep their kind and their
 * option values (the outcome rules read them) and cannot be archived.
 */
export const OUTCOME_KEYS = ["residence", "works_in_region", "work_municipality", "offered_job", "accepted_offer"] as const;
/** Ready-made trainee questions about the programme year itself: asked at the end only. */
export const END_ONLY_KEYS = ["offered_job", "accepted_offer", "would_have_moved", "scale_courses", "scale_network", "scale_follow_up"];

export function feedsOutcomes(key: string | null | undefined): boolean {
  return Boolean(key && (OUTCOME_KEYS as readonly string[]).includes(key));
}

/** Whether a trainee question belongs in a wave: end-only ready-made ones are left out later. */
export function askedInWave(key: string | null, wave: WaveName): boolean {
  return wave === "END" || !key || !END_ONLY_KEYS.includes(key);
}

/** Reads a snapshot back from its JSON column, dropping anything malformed. */
export function readSnapshot(json: unknown): SnapshotQuestion[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (q): q is SnapshotQuestion =>
      typeof q === "object" && q !== null && typeof q.id === "string" && (QUESTION_KINDS as readonly string[]).includes(q.kind),
  );
}
