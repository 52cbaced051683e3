import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AttendancePanel } from "@/components/gatherings/attendance-panel";
import { GatheringForm } from "@/components/gatherings/gathering-form";
import { GatheringStats } from "@/components/gatherings/gathering-stats";
import { InviteForm } from "@/components/gatherings/invite-form";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { deleteGatheringAction } from "@/lib/gatherings/actions";
import { getGathering } from "@/lib/gatherings/service";
import { formatTimeRange } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { utcToZoned } from "@/lib/i18n/zoned-time";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string; cohortId: string; gatheringId: string }> };

export const generateMetadata = pageTitle("pageTitles", "gathering");

export default async function GatheringPage({ params }: Props) {
  const { locale, slug, cohortId, gatheringId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "gathering.manage");
  const gathering = await orNull(scoped(ctx, (tx) => getGathering(tx, ctx.consortium.id, cohortId, gatheringId)));
  if (!gathering) notFound();
  const t = await getTranslations("gatherings");
  const timeZone = ctx.consortium.timeZone;
  const listHref = `/c/${slug}/cohorts/${gathering.cohortId}/gatherings`;
  const [start, end] = [utcToZoned(gathering.startsAt, timeZone), utcToZoned(gathering.endsAt, timeZone)];
  const held = gathering.startsAt <= new Date() || gathering.counts.invited - gathering.counts.unrecorded > 0;
  return (
    <>
      <PageHeader
        title={gathering.title}
        description={t("detail.lead", {
          type: t(`types.${gathering.type}`),
          when: formatTimeRange(gathering.startsAt, gathering.endsAt, locale, timeZone),
          place: gathering.place,
        })}
      />
      <nav aria-label={t("detail.links")} className="mb-6 flex flex-wrap gap-3">
        <Link href={listHref} className={buttonClass("ghost")}>{t("detail.backToList", { cohort: gathering.cohort.name })}</Link>
        <a href={`/api/c/${slug}/gatherings/${gathering.id}/ics`} download className={buttonClass("secondary")}>{t("detail.download")}</a>
      </nav>
      <div className="space-y-8">
        <GatheringStats counts={gathering.counts} agenda={gathering.agenda} locale={locale} />
        <Card title={t("attendance.heading")}>
          <AttendancePanel slug={slug} gathering={gathering} timeZone={timeZone} locale={locale} />
        </Card>
        <Card title={t("invite.heading")}>
          <p className="mb-3 text-sm text-muted">{t("invite.lead")}</p>
          <InviteForm
            slug={slug}
            gatheringId={gathering.id}
            candidates={gathering.notInvited.map((c) => ({ id: c.id, name: c.name, hasEmail: Boolean(c.email) }))}
          />
        </Card>
        <Card title={t("form.editHeading")}>
          <GatheringForm
            slug={slug}
            target={{ id: gathering.id }}
            timeZone={timeZone}
            listHref={listHref}
            defaults={{
              title: gathering.title,
              type: gathering.type,
              startDate: start.slice(0, 10),
              startTime: start.slice(11, 16),
              endDate: end.slice(0, 10),
              endTime: end.slice(11, 16),
              place: gathering.place,
              agenda: gathering.agenda ?? "",
            }}
          />
        </Card>
        <Card title={t("cancel.heading")}>
          {held ? (
            <p className="text-sm text-muted">{t("cancel.held")}</p>
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-muted">{t("cancel.lead")}</p>
              <ActionButton
                action={deleteGatheringAction}
                args={[slug, { id: gathering.id }]}
                variant="danger"
                confirm={{ question: t("cancel.confirm", { title: gathering.title }), yes: t("cancel.yes") }}
                then={listHref}
              >
                {t("cancel.button")}
              </ActionButton>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
