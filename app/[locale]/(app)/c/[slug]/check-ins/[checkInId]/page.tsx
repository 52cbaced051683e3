import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { whichCheckIn } from "@/components/checkins/check-in-label";
import { RecordForm } from "@/components/checkins/record-form";
import { TraineeContext } from "@/components/checkins/trainee-context";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { getCheckIn } from "@/lib/checkins/service";
import { todayIn } from "@/lib/i18n/zoned-time";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { utcToZoned } from "@/lib/i18n/zoned-time";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string; checkInId: string }> };

/** One check-in: record it once held, or correct it later. Only coordinators come here. */
export const generateMetadata = pageTitle("pageTitles", "checkIn");

export default async function CheckInPage({ params }: Props) {
  const { locale, slug, checkInId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "checkin.manage");
  const checkIn = await scoped(ctx, (tx) => orNull(getCheckIn(tx, ctx.consortium.id, checkInId)));
  if (!checkIn) notFound();
  const t = await getTranslations("checkIns");
  const zone = ctx.consortium.timeZone;
  const heldOn = (checkIn.completedAt ? utcToZoned(checkIn.completedAt, zone) : todayIn(zone).toISOString()).slice(0, 10);
  const which = whichCheckIn(t, checkIn.monthOffset);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/c/${slug}/check-ins`} className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <PageHeader
        title={t("record.title", { name: checkIn.trainee.name, which })}
        description={t("record.lead", { cohort: checkIn.trainee.cohort.name, due: formatDate(checkIn.dueDate, locale) })}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <RecordForm
            slug={slug}
            recorded={Boolean(checkIn.completedAt)}
            defaults={{
              checkInId: checkIn.id,
              heldOn,
              wellbeing: checkIn.wellbeing === null ? "" : String(checkIn.wellbeing),
              nextSteps: checkIn.nextSteps ?? "",
              sharedNote: checkIn.sharedNote ?? "",
              privateNote: checkIn.privateNote ?? "",
            }}
          />
        </div>
        <TraineeContext trainee={checkIn.trainee} locale={locale} />
      </div>
    </>
  );
}
