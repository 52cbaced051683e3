import { getTranslations, setRequestLocale } from "next-intl/server";
import { BookSlotForm } from "@/components/interviews/book-slot-form";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatTimeRange } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { getMyInterview } from "@/lib/interviews/booking";
import { placeOf } from "@/lib/interviews/notify";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "myInterview");

export default async function MyInterviewPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "interview.book");
  const data = await scoped(ctx, (tx) => getMyInterview(tx, ctx.consortium.id, ctx.user.id));
  const t = await getTranslations("interviews.me");
  if (!data) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("none")}</EmptyState>
      </>
    );
  }
  const tz = ctx.consortium.timeZone;
  const booked = data.application.interviewSlot;
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { cohort: data.application.campaign.cohort.name })} />
      <div className="max-w-3xl space-y-6">
        <p className="text-sm text-muted">{t("zone", { zone: tz })}</p>
        <Card title={t("bookedTitle")}>
          {booked ? (
            <div className="space-y-1">
              <p className="font-semibold">{formatTimeRange(booked.startsAt, booked.endsAt, locale, tz)}</p>
              {booked.location ? <p>{booked.location}</p> : null}
              {booked.meetingUrl ? (
                <p>
                  <a href={booked.meetingUrl} className="text-brand-700 underline">{t("joinMeeting")}</a>
                </p>
              ) : null}
              {booked.interviewers.length ? <p className="text-sm">{t("interviewersLine", { names: booked.interviewers.join(", ") })}</p> : null}
            </div>
          ) : (
            <p>{t("notBooked")}</p>
          )}
        </Card>
        <Card title={booked ? t("changeTitle") : t("chooseTitle")}>
          <BookSlotForm
            slug={slug}
            applicationId={data.application.id}
            moving={Boolean(booked)}
            slots={data.free.map((slot) => ({ id: slot.id, time: formatTimeRange(slot.startsAt, slot.endsAt, locale, tz), place: placeOf(slot), free: slot.free }))}
          />
        </Card>
      </div>
    </>
  );
}
