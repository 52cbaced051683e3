import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicantDashboard } from "@/components/dashboards/applicant-dashboard";
import { CoordinatorDashboard } from "@/components/dashboards/coordinator-dashboard";
import { EmployerDashboard } from "@/components/dashboards/employer-dashboard";
import { SteeringDashboard } from "@/components/dashboards/steering-dashboard";
import { TraineeDashboard } from "@/components/dashboards/trainee-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { getTenantContext, scoped } from "@/lib/auth/tenant-context";
import { loadCoordinatorDashboard } from "@/lib/dashboards/coordinator";
import { loadCoordinatorInbox, loadEmployerInbox, loadSteeringInbox } from "@/lib/dashboards/inbox";
import { loadApplicantDashboard, loadEmployerDashboard, loadSteeringDashboard } from "@/lib/dashboards/others";
import { recordVisit } from "@/lib/dashboards/visits";
import { loadTraineeDashboard } from "@/lib/dashboards/trainee";
import type { AppLocale } from "@/lib/i18n/routing";

/** The layout's title template applies to pages below it only, so the overview writes its title in full. */
export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const [ctx, t, app] = await Promise.all([getTenantContext(slug), getTranslations("pageTitles"), getTranslations("app")]);
  return { title: { absolute: [t("dashboard"), ctx?.consortium.name, app("name")].filter(Boolean).join(" · ") } };
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug);
  const t = await getTranslations("dashboard");
  const id = ctx.consortium.id;
  const tz = ctx.consortium.timeZone;
  const { role } = ctx.membership;
  const header = <PageHeader title={t(`title.${role}`)} description={ctx.consortium.name} />;
  if (ctx.can("dashboard.coordinator")) {
    const [data, inbox] = await scoped(ctx, async (tx) => {
      const since = await recordVisit(tx, id, ctx.membership.id);
      return Promise.all([loadCoordinatorDashboard(tx, id, tz), loadCoordinatorInbox(tx, id, tz, since)]);
    });
    return <>{header}<CoordinatorDashboard data={data} inbox={inbox} slug={slug} locale={locale} timeZone={tz} currency={ctx.consortium.currency} /></>;
  }
  if (ctx.can("dashboard.employer") && ctx.membership.employerId) {
    const employerId = ctx.membership.employerId;
    const [data, inbox] = await scoped(ctx, (tx) =>
      Promise.all([loadEmployerDashboard(tx, id, employerId), loadEmployerInbox(tx, id, employerId, ctx.membership.id, tz)]),
    );
    return <>{header}<EmployerDashboard data={data} inbox={inbox} locale={locale} slug={slug} /></>;
  }
  if (ctx.can("dashboard.steering")) {
    const [data, inbox] = await scoped(ctx, async (tx) => {
      const since = await recordVisit(tx, id, ctx.membership.id);
      return Promise.all([loadSteeringDashboard(tx, id), loadSteeringInbox(tx, id, tz, since)]);
    });
    return <>{header}<SteeringDashboard data={data} inbox={inbox} locale={locale} slug={slug} /></>;
  }
  if (ctx.can("dashboard.trainee")) {
    const data = await scoped(ctx, (tx) => loadTraineeDashboard(tx, id, ctx.user.id, tz));
    return <>{header}<TraineeDashboard data={data} locale={locale} timeZone={tz} slug={slug} /></>;
  }
  const data = await scoped(ctx, (tx) => loadApplicantDashboard(tx, id, ctx.user.id));
  return <>{header}<ApplicantDashboard data={data} locale={locale} timeZone={tz} slug={slug} /></>;
}
