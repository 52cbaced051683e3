import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MyProgramme } from "@/lib/trainees/self";

/** What Kohort stores about the trainee, in words, with the full JSON export one click away. */
export async function MyData({ trainee, slug, locale }: { trainee: MyProgramme; slug: string; locale: AppLocale }) {
  const t = await getTranslations("programme.data");
  const programme = await getTranslations("programme");
  const tri = (value: string) => programme(`tri.${value}`);
  const rows: [string, string][] = [
    [t("name"), trainee.name],
    [t("email"), trainee.email ?? t("none")],
    [t("cohort"), trainee.cohort.name],
    [t("status"), programme(`traineeStatus.${trainee.status}`)],
    [t("endedAt"), trainee.endedAt ? formatDate(trainee.endedAt, locale) : t("none")],
    [t("offeredJob"), tri(trainee.offeredJob)],
    [t("acceptedOffer"), tri(trainee.acceptedOffer)],
    [t("otherJobInRegion"), tri(trainee.otherJobInRegion)],
    [t("residence"), trainee.residenceMunicipality ?? t("none")],
    [t("since"), formatDate(trainee.createdAt, locale)],
  ];
  return (
    <div className="space-y-4">
      <p className="text-sm">{t("lead")}</p>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm">{t("exportLead")}</p>
      <p>
        <a href={`/api/c/${slug}/me/export`} className="text-brand-700 underline" download>
          {t("export")}
        </a>
      </p>
    </div>
  );
}
