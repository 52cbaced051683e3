import { getTranslations } from "next-intl/server";
import type { listCohortGatherings } from "@/lib/gatherings/service";
import { formatRate } from "@/lib/gatherings/rates";
import { formatTimeRange } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { EmptyState } from "../ui/card";
import { DataTable } from "../ui/data-table";

type Gathering = Awaited<ReturnType<typeof listCohortGatherings>>[number];

/** A cohort's joint programme by date; the rate appears from a gathering's first day. */
export async function GatheringList({
  gatherings,
  cohortName,
  listHref,
  locale,
  timeZone,
}: {
  gatherings: Gathering[];
  cohortName: string;
  listHref: string;
  locale: AppLocale;
  timeZone: string;
}) {
  const t = await getTranslations("gatherings");
  if (gatherings.length === 0) return <EmptyState>{t("list.empty")}</EmptyState>;
  return (
    <DataTable
      caption={t("list.caption", { cohort: cohortName })}
      columns={[
        { label: t("list.when") },
        { label: t("list.title") },
        { label: t("list.type") },
        { label: t("list.place") },
        { label: t("list.invited"), numeric: true },
        { label: t("list.rate"), numeric: true },
      ]}
    >
      {gatherings.map((g) => (
        <tr key={g.id} className="border-b border-slate-100 align-top">
          <td className="px-3 py-2 tabular-nums">{formatTimeRange(g.startsAt, g.endsAt, locale, timeZone)}</td>
          <th scope="row" className="px-3 py-2 text-left font-medium">
            <Link href={`${listHref}/${g.id}`} className="text-brand-700 underline">{g.title}</Link>
            {g.agenda ? <p className="mt-1 line-clamp-2 whitespace-pre-line text-xs font-normal text-muted">{g.agenda}</p> : null}
          </th>
          <td className="px-3 py-2">{t(`types.${g.type}`)}</td>
          <td className="px-3 py-2">{g.place}</td>
          <td className="px-3 py-2 text-right tabular-nums">{g.counts.invited}</td>
          <td className="px-3 py-2 text-right tabular-nums">
            {g.held ? formatRate(g.counts.rate, locale) : <span className="text-muted">{t("list.notHeld")}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
