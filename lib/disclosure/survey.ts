import type { Figure } from "../metrics/types";
import type { QuestionResult, WaveResult } from "../surveys/results";
import { feedsOutcomes, type Label } from "../surveys/types";
import { TableBuilder, isSmall, suppress } from "./engine";
import { HIDDEN, SMALL, isWithheld } from "./report";

// Survey results as the steering group may see them (docs/decisions/0032-disclosure-control.md):
// the same engine as the outcome report, over one cohort's wave — sent = answered + not answered,
// answered = answered the question + skipped it, a question's answers = Σ its options. Free text
// is never shown to them; municipalities named by fewer than five are merged; a scale's mean and
// median only when its whole distribution shows. The questions that feed the outcomes (where people
// live and work, job offers) are left out: their figures are the outcome report's, disclosed there.

export const OTHER_ANSWER = "OTHER";

export interface MaskedQuestion extends Omit<QuestionResult, "counts" | "answered" | "texts"> {
  counts: { value: string; label: Label | null; count: Figure }[];
  answered: Figure;
  /** Free text: coordinators only (empty otherwise). */
  texts: string[];
}

export interface MaskedWave {
  cohortId: string;
  wave: WaveResult["wave"];
  exact: boolean;
  sent: Figure;
  answered: Figure;
  /** answered ÷ sent, null when nothing went out or either count is withheld. */
  responseRate: number | null;
  questions: MaskedQuestion[];
}

const countsOf = (q: QuestionResult, exact: boolean) =>
  exact || q.kind !== "MUNICIPALITY" ? q.counts : [...q.counts.filter((c) => !isSmall(c.count)), ...(q.counts.some((c) => isSmall(c.count)) ? [{ value: OTHER_ANSWER, label: null, count: q.counts.filter((c) => isSmall(c.count)).reduce((s, c) => s + c.count, 0) }] : [])];

/**
 * A wave's results as a reader sees them: everything with `exact`; otherwise disclosed as above.
 * `freeText`: whether the reader may read the free-text answers (coordinators).
 */
export function discloseWave(result: WaveResult, exact: boolean, freeText: boolean): MaskedWave {
  const questions = exact ? result.questions : result.questions.filter((q) => !feedsOutcomes(q.key));
  const b = new TableBuilder();
  b.cell("sent", result.sent, { keep: true });
  b.cell("answered", result.answered, { keep: true });
  b.sum("sent", ["answered", b.cell("notAnswered", result.sent - result.answered, { shown: false, people: false })]);
  for (const q of questions) {
    const answered = b.cell(`${q.id}|answered`, q.answered, { keep: true });
    b.sum("answered", [answered, b.cell(`${q.id}|skipped`, result.answered - q.answered, { shown: false, people: false })]);
    if (q.kind === "TEXT") continue;
    const parts = q.counts.map((c) => b.cell(`${q.id}|${c.value}`, c.count, { shown: exact || q.kind !== "MUNICIPALITY" || !isSmall(c.count) }));
    const merged = q.counts.filter((c) => q.kind === "MUNICIPALITY" && isSmall(c.count));
    if (merged.length && !exact) b.sum(b.cell(`${q.id}|${OTHER_ANSWER}`, merged.reduce((s, c) => s + c.count, 0)), merged.map((c) => `${q.id}|${c.value}`));
    b.sum(answered, parts);
  }
  const status = exact ? null : suppress(b.build());
  const look = (id: string, value: number): Figure => {
    const st = status?.get(id);
    return st === "small" ? SMALL : st === "hidden" || st === "implicit" ? HIDDEN : value;
  };
  const sent = look("sent", result.sent);
  const answered = look("answered", result.answered);
  return {
    cohortId: result.cohortId,
    wave: result.wave,
    exact,
    sent,
    answered,
    responseRate: typeof sent === "number" && typeof answered === "number" && sent > 0 ? Math.round((answered / sent) * 10_000) / 10_000 : null,
    questions: questions.map((q) => {
      const counts = countsOf(q, exact).map((c) => ({ ...c, count: look(`${q.id}|${c.value}`, c.count) }));
      const open = !counts.some((c) => isWithheld(c.count)) && !isWithheld(look(`${q.id}|answered`, q.answered));
      return {
        ...q,
        counts,
        answered: look(`${q.id}|answered`, q.answered),
        mean: open ? q.mean : null,
        median: open ? q.median : null,
        texts: freeText ? q.texts : [],
      };
    }),
  };
}
