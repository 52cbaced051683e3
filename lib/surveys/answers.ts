import { z } from "../validation";
import { ELSEWHERE, type SnapshotQuestion, type SurveyAnswers } from "./types";

export const MAX_TEXT_ANSWER = 2000;
export const MAX_MUNICIPALITY = 80;

/** The answer form's values: one string per question id; a municipality written in under `other`. */
export interface AnswerFormValues {
  answers: Record<string, string | null | undefined>;
  other?: Record<string, string | null | undefined>;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" }) === 0;

/** The region's spelling of a municipality, when the name is one of them (any case). */
export function regionMunicipality(name: string, municipalities: readonly string[]): string | undefined {
  return municipalities.find((m) => sameName(m, name.trim()));
}

type Checked = { value?: string | number; error?: string };

function checkOne(q: SnapshotQuestion, raw: string, other: string, municipalities: readonly string[]): Checked {
  if (q.kind === "SCALE") {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= 5 && /^\d$/.test(raw) ? { value: n } : { error: "survey.validation.scale" };
  }
  if (q.kind === "CHOICE") {
    return q.options.some((o) => o.value === raw) ? { value: raw } : { error: "validation.choice" };
  }
  if (q.kind === "TEXT") {
    return raw.length <= MAX_TEXT_ANSWER ? { value: raw } : { error: "validation.tooBig" };
  }
  if (raw === ELSEWHERE) {
    if (!other) return { error: "survey.validation.elsewhere" };
    if (other.length > MAX_MUNICIPALITY) return { error: "validation.tooBig" };
    return { value: regionMunicipality(other, municipalities) ?? other };
  }
  const inRegion = regionMunicipality(raw, municipalities);
  return inRegion ? { value: inRegion } : { error: "validation.choice" };
}

/**
 * The answers to a sent survey, checked against its snapshot: only its questions, scales of 1–5,
 * a choice among the options offered, a municipality of the region or one written in, and every
 * required question answered. Used by the answer form (zodResolver) and the server alike.
 */
export function answersSchema(questions: readonly SnapshotQuestion[], municipalities: readonly string[]) {
  const ids = new Set(questions.map((q) => q.id));
  return z
    .object({
      answers: z.record(z.string(), z.string().nullish()),
      other: z.record(z.string(), z.string().nullish()).optional(),
    })
    .transform((input, ctx): SurveyAnswers => {
      const out: SurveyAnswers = {};
      for (const key of [...Object.keys(input.answers), ...Object.keys(input.other ?? {})]) {
        if (!ids.has(key)) ctx.addIssue({ code: "custom", message: "survey.validation.unknownQuestion", path: ["answers"] });
      }
      for (const q of questions) {
        const raw = (input.answers[q.id] ?? "").trim();
        const other = (input.other?.[q.id] ?? "").trim();
        if (!raw) {
          if (q.required) ctx.addIssue({ code: "custom", message: "validation.required", path: ["answers", q.id] });
          continue;
        }
        const checked = checkOne(q, raw, other, municipalities);
        if (checked.error) {
          const onOther = checked.error !== "validation.choice" && raw === ELSEWHERE;
          ctx.addIssue({ code: "custom", message: checked.error, path: onOther ? ["other", q.id] : ["answers", q.id] });
        } else if (checked.value !== undefined) out[q.id] = checked.value;
      }
      return out;
    });
}
