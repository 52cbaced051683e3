import { Text } from "@react-email/components";
import { translatorFor } from "../../i18n/messages";
import type { AppLocale } from "../../i18n/routing";
import { EmailLayout } from "./layout";

/**
 * A trainee's invitation to a gathering, its update (new time or place) or its cancellation; the
 * calendar file rides along as an attachment. Worded from the catalog's `gatherings.email`, in the
 * trainee's language (`locale`, which the subject needs before the body is rendered).
 */
export interface GatheringEmailProps {
  kind: "invited" | "updated" | "cancelled";
  locale: AppLocale;
  consortiumName: string;
  name: string;
  cohort: string;
  title: string;
  when: string;
  place: string;
  agenda?: string | null;
  url: string;
}

const wording = (locale: AppLocale) => translatorFor(locale, "gatherings.email");

export function gatheringSubject(p: GatheringEmailProps): string {
  return wording(p.locale)(`${p.kind}.subject`, { title: p.title, when: p.when });
}

export function GatheringEmail({ lang, ...p }: GatheringEmailProps & { lang: string }) {
  const t = wording(p.locale);
  const values = { name: p.name, title: p.title, when: p.when, place: p.place, cohort: p.cohort, consortium: p.consortiumName };
  const subject = gatheringSubject(p);
  return (
    <EmailLayout
      lang={lang}
      preview={subject}
      heading={subject}
      action={p.kind === "cancelled" ? undefined : { label: t("button"), href: p.url }}
      footer={t("footer", values)}
    >
      <Text>{t("greeting", values)}</Text>
      <Text>{t(`${p.kind}.body`, values)}</Text>
      <Text>
        {t("when", values)}
        <br />
        {t("where", values)}
      </Text>
      {p.agenda && p.kind !== "cancelled" ? <Text style={{ whiteSpace: "pre-line" }}>{t("agenda", { agenda: p.agenda })}</Text> : null}
      <Text>{t(`${p.kind}.calendar`)}</Text>
    </EmailLayout>
  );
}

GatheringEmail.PreviewProps = {
  kind: "invited",
  locale: "sv",
  consortiumName: "Trainee Värmland",
  name: "Sara",
  cohort: "2026/27",
  title: "Ledarskap i praktiken, dag 1 och 2",
  when: "torsdag 3 december 2026 09:00 – fredag 4 december 2026 16:00 CET",
  place: "Hotell Selma Lagerlöf, Sunne",
  agenda: "Dag 1: Att leda sig själv.\nDag 2: Att leda andra.",
  url: "http://localhost:3000/sv/c/trainee-varmland/programme",
} satisfies GatheringEmailProps;
