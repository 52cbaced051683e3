"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { deleteSlotAction } from "@/lib/interviews/actions";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/card";
import { DataTable } from "../ui/data-table";

export interface SlotRow {
  id: string;
  time: string;
  location: string | null;
  meetingUrl: string | null;
  interviewers: string[];
  booked: string[];
  free: number;
  capacity: number;
}

/**
 * The campaign's slots, one table a day, with who booked and what is free; unbooked slots can go.
 * Shows its own empty state, so deleting the last slot keeps the confirmation on screen.
 */
export function SlotList({ slug, days }: { slug: string; days: { day: string; slots: SlotRow[] }[] }) {
  const t = useTranslations("interviews");
  const errors = useTranslations("errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = (id: string) =>
    startTransition(async () => {
      const result = await deleteSlotAction(slug, { id });
      setMessage(result.ok ? { tone: "success", text: t("deleted") } : { tone: "error", text: errors(result.error) });
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {days.length === 0 ? <EmptyState>{t("noSlots")}</EmptyState> : null}
      {days.map(({ day, slots }) => (
        <section key={day}>
          <h3 className="mb-2 font-semibold">{day}</h3>
          <DataTable
            caption={day}
            variant="plain"
            columns={[
              { label: t("time") },
              { label: t("place") },
              { label: t("interviewers") },
              { label: t("booked") },
              { label: t("free"), numeric: true },
              { label: t("delete"), visuallyHidden: true },
            ]}
          >
            {slots.map((slot) => (
              <tr key={slot.id} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 text-left font-medium tabular-nums">{slot.time}</th>
                <td className="py-1 pr-3">
                  {slot.location ? <span className="block">{slot.location}</span> : null}
                  {slot.meetingUrl ? <a href={slot.meetingUrl} className="text-brand-700 underline">{t("videoMeeting")}</a> : null}
                </td>
                <td className="py-1 pr-3">{slot.interviewers.join(", ")}</td>
                <td className="py-1 pr-3">{slot.booked.length ? slot.booked.join(", ") : t("nobody")}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{t("freeOf", { free: slot.free, capacity: slot.capacity })}</td>
                <td className="py-1 text-right">
                  {slot.booked.length === 0 ? (
                    <Button variant="danger" className="px-2 py-1" disabled={pending} onClick={() => remove(slot.id)} aria-label={t("deleteSlot", { time: `${day} ${slot.time}` })}>
                      {t("delete")}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </div>
  );
}
