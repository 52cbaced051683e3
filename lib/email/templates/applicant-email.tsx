import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

/**
 * The mail an applicant gets at each step (received, interview, offer, closing …). The wording is
 * the catalog's `email.applicant.<kind>` unless the coordinator wrote the campaign's own for this
 * step and language (`custom`), where {placeholders} take the same values.
 */
export interface ApplicantEmailProps {
  kind: string;
  consortiumName: string;
  values: Record<string, string>;
  url?: string;
  custom?: { subject: string; body: string };
  /** Paragraphs after the body, as written (an offer's personal message, its answer-by date). */
  notes?: string[];
}

export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function applicantSubject(p: ApplicantEmailProps, t: Translate): string {
  const values = { ...p.values, consortium: p.consortiumName };
  return p.custom?.subject ? fillPlaceholders(p.custom.subject, values) : t(`applicant.${p.kind}.subject`, values);
}

export function ApplicantEmail({ t, lang, ...p }: ApplicantEmailProps & { t: Translate; lang: string }) {
  const values = { ...p.values, consortium: p.consortiumName };
  const subject = applicantSubject(p, t);
  const body = p.custom?.body ? fillPlaceholders(p.custom.body, values) : t(`applicant.${p.kind}.body`, values);
  return (
    <EmailLayout
      lang={lang}
      preview={subject}
      heading={subject}
      action={p.url ? { label: t("applicant.button"), href: p.url } : undefined}
      footer={t("applicant.footer", values)}
    >
      {body.split(/\n{2,}/).map((paragraph, i) => (
        <Text key={i} style={{ whiteSpace: "pre-line" }}>
          {paragraph}
        </Text>
      ))}
      {(p.notes ?? []).map((note, i) => (
        <Text key={`note-${i}`} style={{ whiteSpace: "pre-line", borderLeft: "3px solid #cbd5e1", paddingLeft: "12px" }}>
          {note}
        </Text>
      ))}
    </EmailLayout>
  );
}

ApplicantEmail.PreviewProps = {
  kind: "received",
  consortiumName: "Trainee Värmland",
  values: { name: "Sara", cohort: "2027/28", deadline: "1 mars 2027 23:59", retainUntil: "1 mars 2029" },
  url: "http://localhost:3000/sv/c/trainee-varmland/me",
} satisfies ApplicantEmailProps;
