import { OTHER_ANSWER, type MaskedWave } from "../disclosure/survey";
import type { AppLocale } from "../i18n/routing";
import type { Translate } from "../outcomes/format";
import type { CsvCell } from "../server/csv";

// A wave's results as rows for CSV and .xlsx: one row per answer of each question (count and
// share in %), a scale's mean and median, and — for a reader who may read it — each free-text
// answer. The same disclosed figures as the page: "<5" as it is, a hidden count in words.

export function surveyResultRows(wave: MaskedWave, locale: AppLocale, t: Translate): { header: string[]; rows: CsvCell[][] } {
  const header = ["question", "answer", "count", "share"].map((k) => t(`surveys.results.csv.${k}`));
  const figure = (v: number | string) => (v === "hidden" ? t("outcomes.hidden") : v);
  const rows: CsvCell[][] = [];
  for (const q of wave.questions) {
    const label = q.label[locale];
    const base = typeof q.answered === "number" ? q.answered : null;
    for (const c of q.counts) {
      const answer = c.value === OTHER_ANSWER && !c.label ? t("surveys.results.otherAnswer") : q.kind === "SCALE" ? c.value : (c.label?.[locale] ?? c.value);
      const share = typeof c.count === "number" && base ? Math.round((c.count / base) * 1000) / 10 : null;
      rows.push([label, answer, figure(c.count), share]);
    }
    if (q.kind === "SCALE") {
      rows.push([label, t("surveys.results.csv.mean"), q.mean, null], [label, t("surveys.results.csv.median"), q.median, null]);
    }
    for (const text of q.texts) rows.push([label, t("surveys.results.csv.text"), text, null]);
  }
  return { header, rows };
}
