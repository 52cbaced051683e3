"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "react-hook-form";
import { useFieldError } from "../ui/use-action-form";
import type { SummaryItem } from "./error-summary";
import { FIELD_ORDER, fieldId, type FormQuestion, type FormValues } from "./form-values";
import { rankingError } from "./ranking-section";

/** The label a field goes by in the summary, when it is not the field's own label key. */
const SUMMARY_LABELS: Partial<Record<(typeof FIELD_ORDER)[number], string>> = {
  preferences: "postingsHeading",
  videoConfirmed: "videoLength",
  video: "video",
  processingConsent: "consentHeading",
};

/** Fields of the applicant-list part, labelled by its own messages (components/applicant-lists). */
const LIST_FIELDS: readonly string[] = ["birthYear", "homeMunicipality", "currentPosition", "workExperience", "listExemptionReason"];

/** Every field error of the form, in the order the fields appear, for the error summary. */
export function useSummaryItems(errors: FieldErrors<FormValues>, questions: FormQuestion[]): SummaryItem[] {
  const t = useTranslations("apply.form");
  const list = useTranslations("applicantLists.form");
  const fieldError = useFieldError();
  const items: SummaryItem[] = [];
  for (const name of FIELD_ORDER) {
    if (name === "extraAnswers") {
      for (const q of questions) {
        const message = fieldError(errors.extraAnswers?.[q.key]?.message);
        if (message) items.push({ target: fieldId(`extraAnswers.${q.key}`), label: q.label, message });
      }
      continue;
    }
    const raw = name === "preferences" ? rankingError(errors) : (errors[name] as { message?: string } | undefined)?.message;
    const message = fieldError(raw);
    if (!message) continue;
    items.push({ target: fieldId(name === "preferences" ? "preferences.0" : name), label: LIST_FIELDS.includes(name) ? list(name) : t(SUMMARY_LABELS[name] ?? name), message });
  }
  return items;
}
