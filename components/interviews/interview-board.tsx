import { getTranslations } from "next-intl/server";
import type { getInterviewBoard } from "@/lib/interviews/service";
import { formatDateTime, formatDay, formatTimeRange } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { utcToZoned } from "@/lib/i18n/zoned-time";
import { Card, EmptyState } from "../ui/card";
import { InviteTable } from "./invite-table";
import { SlotForm } from "./slot-form";
import { SlotList, type SlotRow } from "./slot-list";

type Board = Awaited<ReturnType<typeof getInterviewBoard>>;

interface Props {
  slug: string;
  campaignId: string;
  board: Board;
  locale: AppLocale;
  timeZone: string;
}

/** Slots grouped by their day in the consortium's zone, in order. */
function byDay(slots: Board["slots"], locale: AppLocale, timeZone: string) {
  const days = new Map<string, { day: string; slots: SlotRow[] }>();
  for (const slot of slots) {
    const key = utcToZoned(slot.startsAt, timeZone).slice(0, 10);
    if (!days.has(key)) days.set(key, { day: formatDay(slot.startsAt, locale, timeZone), slots: [] });
    days.get(key)!.slots.push({
      id: slot.id,
      time: formatTimeRange(slot.startsAt, slot.endsAt, locale, timeZone, false),
      location: slot.location,
      meetingUrl: slot.meetingUrl,
      interviewers: slot.interviewers,
      booked: slot.applications.map((a) => `${a.applicant.firstName} ${a.applicant.lastName}`),
      free: Math.max(0, slot.capacity - slot.applications.length),
      capacity: slot.capacity,
    });
  }
  return [...days.values()];
}

/** The coordinator's interview day: the slots, a form for a new one, and the candidates to invite. */
export async function InterviewBoard({ slug, campaignId, board, locale, timeZone }: Props) {
  const t = await getTranslations("interviews");
  const stages = await getTranslations("stages");
  return (
    <div className="space-y-6">
      <Card title={t("slotsTitle")}>
        <SlotList slug={slug} days={byDay(board.slots, locale, timeZone)} />
      </Card>
      <Card title={t("form.title")}>
        <SlotForm slug={slug} campaignId={campaignId} timeZone={timeZone} />
      </Card>
      <Card title={t("candidatesTitle")}>
        <p className="mb-3 text-sm text-muted">{t("candidatesLead")}</p>
        {board.candidates.length ? (
          <InviteTable
            slug={slug}
            campaignId={campaignId}
            rows={board.candidates.map((c) => ({
              id: c.id,
              name: `${c.applicant.firstName} ${c.applicant.lastName}`,
              stage: stages(c.stage),
              invitedAt: c.interviewInvitedAt ? formatDateTime(c.interviewInvitedAt, locale, timeZone) : null,
              bookedTime: c.interviewSlot ? formatTimeRange(c.interviewSlot.startsAt, c.interviewSlot.endsAt, locale, timeZone) : null,
            }))}
          />
        ) : (
          <EmptyState>{t("noCandidates")}</EmptyState>
        )}
      </Card>
    </div>
  );
}
