import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

/**
 * The decision on a request to be left off a posting's public applicant list (offentleglova § 25).
 * A refusal says until when the applicant may withdraw from the posting before the list is
 * published (docs/decisions/0050-public-applicant-lists.md).
 */
export interface ApplicantListEmailProps {
  kind: "exemptionGranted" | "exemptionRefused";
  consortiumName: string;
  name: string;
  title: string;
  employer: string;
  note: string;
  /** Refusals: the last moment to withdraw, already formatted in the consortium's zone. */
  withdrawBy?: string;
  url: string;
}

export function applicantListSubject(p: ApplicantListEmailProps, t: Translate): string {
  return t(`applicantList.${p.kind}.subject`, { title: p.title, employer: p.employer });
}

export function ApplicantListEmail({ t, lang, ...p }: ApplicantListEmailProps & { t: Translate; lang: string }) {
  const values = { name: p.name, title: p.title, employer: p.employer, consortium: p.consortiumName, withdrawBy: p.withdrawBy ?? "" };
  const subject = applicantListSubject(p, t);
  return (
    <EmailLayout
      lang={lang}
      preview={subject}
      heading={subject}
      action={{ label: t(`applicantList.${p.kind}.button`), href: p.url }}
      footer={t("applicantList.footer", values)}
    >
      <Text>{t(`applicantList.${p.kind}.body`, values)}</Text>
      <Text style={{ whiteSpace: "pre-line", borderLeft: "3px solid #cbd5e1", paddingLeft: "12px" }}>{p.note}</Text>
      {p.kind === "exemptionRefused" ? <Text style={{ fontWeight: 600 }}>{t("applicantList.exemptionRefused.deadline", values)}</Text> : null}
    </EmailLayout>
  );
}

ApplicantListEmail.PreviewProps = {
  kind: "exemptionRefused",
  consortiumName: "Trainee Innlandet",
  name: "Sofie",
  title: "Trainee i samfunnsplanlegging",
  employer: "Hamar kommune",
  note: "Stillingen er en lederstilling med stor offentlig interesse.",
  withdrawBy: "15. mars 2027 23:59",
  url: "http://localhost:3000/nb/c/trainee-innlandet/me#applicant-lists",
} satisfies ApplicantListEmailProps;
