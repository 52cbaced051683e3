import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatTimeRange } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

export interface PlannedGathering {
  id: string;
  title: string;
  type: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  /** The reader's own attendance, on the trainee's page. */
  attendance?: string | null;
}

/** A cohort's gatherings as a table; with `withAttendance`, the trainee's own status in each. */
export async function GatheringPlan({ gatherings, caption, locale, timeZone, withAttendance = false }: { gatherings: PlannedGathering[]; caption: string; locale: AppLocale; timeZone: string; withAttendance?: boolean }) {
  const t = await getTranslations("programme.gatherings");
  return (
    <DataTable
      caption={caption}
      variant="plain"
      columns={[{ label: t("what") }, { label: t("when") }, { label: t("where") }, withAttendance && { label: t("attendance") }]}
    >
      {gatherings.map((g) => (
        <tr key={g.id} className="border-b border-slate-100 align-top">
          <th scope="row" className="py-1 pr-2 text-left font-normal">
            <span className="font-medium">{g.title}</span>
            <span className="block text-xs text-muted">{t(`type.${g.type}`)}</span>
          </th>
          <td className="py-1 pr-2">{formatTimeRange(g.startsAt, g.endsAt, locale, timeZone)}</td>
          <td className="py-1 pr-2">{g.place}</td>
          {withAttendance ? <td className="py-1">{g.attendance ? t(`attendanceStatus.${g.attendance}`) : t("notInvited")}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
