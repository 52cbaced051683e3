import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { getTraineeDetail } from "@/lib/cohorts/trainee";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { isoDay } from "@/lib/placements/rules";
import { MoveForm } from "./move-form";
import { PlacementForm } from "./placement-form";
import { PlacementHistory, type PlacementRow } from "./placement-history";
import { RotationForm } from "./rotation-form";

type Detail = Awaited<ReturnType<typeof getTraineeDetail>>;

/** The trainee's placements and, while they are in the programme, the ways to change them. */
export async function TraineePlacements({ detail, slug, locale, today }: { detail: Detail; slug: string; locale: AppLocale; today: Date }) {
  const t = await getTranslations("placements");
  const { trainee, employers, cohort } = detail;
  const active = trainee.status === "ACTIVE";
  const date = (d: Date) => formatDate(d, locale);
  const rows: PlacementRow[] = trainee.placements.map((p) => ({
    id: p.id,
    employerId: p.employer.id,
    employerName: p.employer.name,
    startDate: isoDay(p.startDate),
    endDate: isoDay(p.endDate),
    dates: t("range", { start: date(p.startDate), end: date(p.endDate) }),
    plannedEnd: p.plannedEndDate ? date(p.plannedEndDate) : null,
    endReason: p.endReason,
    phase: p.endDate < today ? "past" : p.startDate > today ? "upcoming" : "running",
  }));
  return (
    <>
      <Card title={t("history.title")}>
        <PlacementHistory slug={slug} placements={rows} employers={employers} editable={active} />
      </Card>
      {active ? (
        <>
          <Card title={t("rotation.title")}>
            <p className="mb-4 text-sm text-muted">{t("rotation.lead")}</p>
            <RotationForm slug={slug} traineeId={trainee.id} employers={employers} cohortStart={date(cohort.startDate)} />
          </Card>
          {trainee.placements.length ? (
            <Card title={t("move.title")}>
              <p className="mb-4 text-sm text-muted">{t("move.lead")}</p>
              <MoveForm slug={slug} traineeId={trainee.id} employers={employers} />
            </Card>
          ) : null}
          <Card title={t("form.title")}>
            <p className="mb-4 text-sm text-muted">{t("form.lead", { start: date(cohort.startDate), end: date(cohort.endDate) })}</p>
            <PlacementForm slug={slug} target={{ traineeId: trainee.id }} employers={employers} defaults={{ employerId: "", startDate: "", endDate: "" }} />
          </Card>
        </>
      ) : (
        <Alert>{t("ended")}</Alert>
      )}
    </>
  );
}
