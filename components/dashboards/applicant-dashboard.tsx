import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { loadApplicantDashboard } from "@/lib/dashboards/others";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Data = Awaited<ReturnType<typeof loadApplicantDashboard>>;

export async function ApplicantDashboard({ data, locale, timeZone, slug }: { data: Data; locale: AppLocale; timeZone: string; slug: string }) {
  const t = await getTranslations("dashboard.applicant");
  const stages = await getTranslations("stages");
  const links = (
    <p className="flex flex-wrap gap-4 text-sm">
      <Link href={`/c/${slug}/me`} className="text-brand-700 underline">{t("openMine")}</Link>
      <Link href={`/c/${slug}/apply`} className="text-brand-700 underline">{t("openForm")}</Link>
    </p>
  );
  if (data.length === 0) return <div className="space-y-4"><EmptyState>{t("empty")}</EmptyState>{links}</div>;
  return (
    <div className="space-y-4">
      {data.map((application) => (
        <Card key={application.id} title={t("applicationTitle", { cohort: application.campaign.cohort.name })}>
          <p>
            {t("stage")}: <strong>{stages(application.stage)}</strong>
          </p>
          <p className="text-sm text-muted">{t(`next.${application.stage}`)}</p>
          {application.submittedAt ? (
            <p className="text-sm">{t("submitted", { at: formatDateTime(application.submittedAt, locale, timeZone) })}</p>
          ) : null}
          <p className="text-sm">{t("deadline", { at: formatDateTime(application.campaign.closesAt, locale, timeZone) })}</p>
          {application.preferences.length ? (
            <>
              <h3 className="mt-3 text-sm font-semibold">{t("preferences")}</h3>
              <ol className="list-decimal pl-6 text-sm">
                {application.preferences.map((p) => (
                  <li key={p.rank}>{p.posting.title}</li>
                ))}
              </ol>
            </>
          ) : null}
        </Card>
      ))}
      {links}
    </div>
  );
}
