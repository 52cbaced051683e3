import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import type { Translate } from "../render";

/**
 * A follow-up survey's mail with its personal link: to a trainee (at the end, a year and three
 * years later) or to a member employer's contact, first sent or as the one reminder.
 */
export interface SurveyEmailProps {
  audience: "trainee" | "employer";
  wave: "END" | "YEAR_1" | "YEAR_3";
  reminder: boolean;
  consortiumName: string;
  /** The trainee's name, or the employer's. */
  name: string;
  cohort: string;
  url: string;
  /** The last day the link works, formatted for the reader. */
  expiresOn: string;
}

const topic = (p: SurveyEmailProps) => (p.audience === "employer" ? "employer" : p.wave);

export function surveySubject(p: SurveyEmailProps, t: Translate): string {
  const values = { consortium: p.consortiumName, cohort: p.cohort };
  return p.reminder ? t("survey.reminderSubject", values) : t(`survey.${topic(p)}.subject`, values);
}

export function SurveyEmail({ t, lang, ...p }: SurveyEmailProps & { t: Translate; lang: string }) {
  const values = { consortium: p.consortiumName, cohort: p.cohort, name: p.name };
  const subject = surveySubject(p, t);
  return (
    <EmailLayout
      lang={lang}
      preview={subject}
      heading={subject}
      action={{ label: t("survey.button"), href: p.url }}
      footer={t(p.audience === "employer" ? "survey.footerEmployer" : "survey.footerTrainee", values)}
    >
      {p.reminder ? <Text>{t("survey.reminderLead")}</Text> : null}
      {t(`survey.${topic(p)}.body`, values)
        .split(/\n{2,}/)
        .map((paragraph, i) => (
          <Text key={i} style={{ whiteSpace: "pre-line" }}>
            {paragraph}
          </Text>
        ))}
      <Text>{t("survey.expires", { date: p.expiresOn })}</Text>
    </EmailLayout>
  );
}

SurveyEmail.PreviewProps = {
  audience: "trainee",
  wave: "END",
  reminder: false,
  consortiumName: "Trainee Värmland",
  name: "Amir",
  cohort: "2026/27",
  url: "http://localhost:3000/sv/c/trainee-varmland/survey/preview",
  expiresOn: "30 oktober 2027",
} satisfies SurveyEmailProps;
