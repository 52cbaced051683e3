import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { getCohortOverview } from "@/lib/cohorts/service";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Overview = Awaited<ReturnType<typeof getCohortOverview>>;

/** The timeline's data as a table: one row a trainee, their placements listed in order. */
export async function CohortTraineeTable({ overview, slug, locale }: { overview: Overview; slug: string; locale: AppLocale }) {
  const t = await getTranslations("cohorts.table");
  const statuses = await getTranslations("trainees.statusLabel");
  const date = (d: Date) => formatDate(d, locale);
  const { cohort } = overview;
  return (
    <DataTable
      caption={t("caption", { cohort: cohort.name })}
      columns={[
        { label: t("trainee") },
        { label: t("status") },
        { label: t("current") },
        { label: t("placements") },
        { label: t("mentor") },
        { label: t("buddy") },
      ]}
    >
      {overview.trainees.map((trainee) => (
        <tr key={trainee.id} className="border-b border-slate-100 align-top">
          <th scope="row" className="px-3 py-2 text-left font-medium">
            <Link href={`/c/${slug}/cohorts/${cohort.id}/trainees/${trainee.id}`} className="text-brand-700 underline">
              {trainee.name}
            </Link>
          </th>
          <td className="px-3 py-2">
            {statuses(trainee.status)}
            {trainee.endedAt ? <span className="block text-xs text-muted">{t("endedOn", { date: date(trainee.endedAt) })}</span> : null}
            {trainee.dropoutReason ? <span className="block text-xs text-muted">{trainee.dropoutReason}</span> : null}
          </td>
          <td className="px-3 py-2">{trainee.current?.name ?? t("none")}</td>
          <td className="px-3 py-2">
            {trainee.placements.length === 0 ? (
              t("none")
            ) : (
              <ol className="space-y-1">
                {trainee.placements.map((p) => (
                  <li key={p.id}>
                    <span className="font-medium">{p.employer.name}</span>{" "}
                    <span className="tabular-nums">{t("range", { start: date(p.startDate), end: date(p.endDate) })}</span>
                  </li>
                ))}
              </ol>
            )}
          </td>
          <td className="px-3 py-2">
            {trainee.mentor ? (
              <>
                {trainee.mentor.personName}
                <a href={`mailto:${trainee.mentor.personEmail}`} className="block text-brand-700 underline">
                  {trainee.mentor.personEmail}
                </a>
              </>
            ) : (
              t("none")
            )}
          </td>
          <td className="px-3 py-2">
            {trainee.buddy ? (
              <>
                {trainee.buddy.name}
                <span className="block text-xs text-muted">{t("buddyCohort", { cohort: trainee.buddy.cohort.name })}</span>
              </>
            ) : (
              t("none")
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
