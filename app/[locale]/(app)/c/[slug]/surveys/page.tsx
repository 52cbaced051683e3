import { getTranslations, setRequestLocale } from "next-intl/server";
import { CohortSurveys } from "@/components/surveys/cohort-surveys";
import { SendSurveysForm } from "@/components/surveys/send-surveys-form";
import { WaveTable } from "@/components/surveys/wave-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getCohortSurveys, getSurveyOverview, sendableCohorts } from "@/lib/surveys/overview";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ cohort?: string }> };

/** Follow-up surveys: what went out and came back per cohort and wave, sending by hand, one cohort in detail. */
export default async function SurveysPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "survey.manage");
  const { cohort: wanted } = await searchParams;
  const t = await getTranslations("surveys");
  const consortiumId = ctx.consortium.id;
  const { overview, cohorts, detail } = await scoped(ctx, async (tx) => {
    const [overview, cohorts] = [await getSurveyOverview(tx, consortiumId), await sendableCohorts(tx, consortiumId)];
    const selected = cohorts.find((c) => c.id === wanted) ?? cohorts[0];
    return { overview, cohorts, detail: selected ? await getCohortSurveys(tx, consortiumId, selected.id) : null };
  });
  const now = new Date();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead")}
        action={
          <div className="flex flex-wrap gap-2">
            <Link href={`/c/${slug}/surveys/results`} className={buttonClass("secondary")}>{t("results.link")}</Link>
            <Link href={`/c/${slug}/surveys/questions`} className={buttonClass("secondary")}>{t("bankLink")}</Link>
          </div>
        }
      />
      <div className="space-y-6">
        {cohorts.length === 0 ? (
          <EmptyState>{t("noCohorts")}</EmptyState>
        ) : (
          <>
            <Card title={t("overview.title")}>
              <p className="mb-3 max-w-3xl text-sm text-muted">{t("overview.lead")}</p>
              <WaveTable cohorts={overview} locale={locale} />
            </Card>
            <Card title={t("send.title")}>
              <p className="mb-3 max-w-3xl text-sm text-muted">{t("send.lead")}</p>
              <SendSurveysForm slug={slug} cohorts={cohorts} cohortId={detail?.cohort.id} />
            </Card>
            <section aria-labelledby="cohort-detail" className="space-y-4">
              <h2 id="cohort-detail" className="text-xl font-semibold">{t("cohort.title")}</h2>
              <form method="get" className="flex flex-wrap items-end gap-3">
                <div>
                  <label htmlFor="cohort-pick" className="block text-sm font-medium">{t("cohort.pick")}</label>
                  <select id="cohort-pick" name="cohort" defaultValue={detail?.cohort.id} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
                    {cohorts.map((c) => (
                      <option key={c.id} value={c.id}>{c.name}</option>
                    ))}
                  </select>
                </div>
                <button type="submit" className={buttonClass("secondary")}>{t("cohort.show")}</button>
              </form>
              {detail ? <CohortSurveys slug={slug} detail={detail} locale={locale} now={now} /> : null}
            </section>
          </>
        )}
      </div>
    </>
  );
}
