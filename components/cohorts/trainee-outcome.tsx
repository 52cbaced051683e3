import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { residenceOf } from "@/lib/cohorts/schemas";
import type { getTraineeDetail } from "@/lib/cohorts/trainee";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { isoDay } from "@/lib/placements/rules";
import { OutcomeForm } from "./outcome-form";
import { StatusForm } from "./status-form";

type Detail = Awaited<ReturnType<typeof getTraineeDetail>>;

/**
 * Status and end-of-programme outcome. What is stored is shown as it is, since follow-up survey
 * answers write the same fields as this form.
 */
export async function TraineeOutcome({ detail, slug, locale, municipalities }: {
  detail: Detail;
  slug: string;
  locale: AppLocale;
  municipalities: string[];
}) {
  const t = await getTranslations("trainees");
  const { trainee, cohort } = detail;
  const residence = residenceOf(trainee.residenceMunicipality, municipalities);
  const where =
    residence.residence === "UNKNOWN"
      ? t("tri.UNKNOWN")
      : t(`outcome.stored.${residence.residence === "REGION" ? "inRegion" : "outside"}`, { place: trainee.residenceMunicipality ?? "" });
  const stored: [string, string][] = [
    [t("outcome.offeredJob"), t(`tri.${trainee.offeredJob}`)],
    [t("outcome.acceptedOffer"), t(`tri.${trainee.acceptedOffer}`)],
    [t("outcome.otherJobInRegion"), t(`tri.${trainee.otherJobInRegion}`)],
    [t("outcome.residence"), where],
  ];
  const defaultEnd = trainee.endedAt ?? (trainee.status === "ACTIVE" ? cohort.endDate : null);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("status.title")}>
        <p className="mb-4 text-sm">
          {t("status.current", { status: t(`statusLabel.${trainee.status}`) })}
          {trainee.endedAt ? ` ${t("status.endedOn", { date: formatDate(trainee.endedAt, locale) })}` : null}
          {trainee.dropoutReason ? ` ${t("status.because", { reason: trainee.dropoutReason })}` : null}
        </p>
        <StatusForm
          slug={slug}
          traineeId={trainee.id}
          current={{ status: trainee.status, endedAt: defaultEnd ? isoDay(defaultEnd) : "", reason: trainee.dropoutReason ?? "" }}
        />
      </Card>
      <Card title={t("outcome.title")}>
        <p className="mb-3 text-sm text-muted">{t("outcome.lead")}</p>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {stored.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <OutcomeForm
          slug={slug}
          municipalities={municipalities}
          defaults={{
            traineeId: trainee.id,
            offeredJob: trainee.offeredJob,
            acceptedOffer: trainee.acceptedOffer,
            otherJobInRegion: trainee.otherJobInRegion,
            ...residence,
          }}
        />
      </Card>
    </div>
  );
}
