import { getTranslations } from "next-intl/server";
import type { AttendanceStatus } from "@/lib/db/generated/enums";
import { attendanceOpen } from "@/lib/gatherings/rates";
import { formatDay } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { EmptyState } from "../ui/card";
import { AttendanceForm } from "./attendance-form";

interface Invited {
  status: AttendanceStatus;
  trainee: { id: string; name: string };
}

/**
 * The register when it can be taken (from the gathering's first day in the consortium's zone);
 * before that, who is invited and the day it opens.
 */
export async function AttendancePanel({
  slug,
  gathering,
  timeZone,
  locale,
}: {
  slug: string;
  gathering: { id: string; startsAt: Date; attendances: Invited[] };
  timeZone: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("gatherings");
  if (gathering.attendances.length === 0) return <EmptyState>{t("attendance.noneInvited")}</EmptyState>;
  if (!attendanceOpen(gathering.startsAt, timeZone)) {
    return (
      <div className="space-y-3">
        <p className="text-sm">{t("attendance.notOpen", { day: formatDay(gathering.startsAt, locale, timeZone) })}</p>
        <h3 className="text-sm font-semibold">{t("attendance.invitedList", { count: gathering.attendances.length })}</h3>
        <ul className="list-inside list-disc text-sm">
          {gathering.attendances.map((a) => <li key={a.trainee.id}>{a.trainee.name}</li>)}
        </ul>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t("attendance.lead")}</p>
      <AttendanceForm
        slug={slug}
        gatheringId={gathering.id}
        rows={gathering.attendances.map((a) => ({ traineeId: a.trainee.id, name: a.trainee.name, status: a.status }))}
      />
    </div>
  );
}
