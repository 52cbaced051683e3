"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { removePlacementAction } from "@/lib/placements/actions";
import { ActionButton } from "../ui/action-button";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/card";
import { DataTable } from "../ui/data-table";
import type { EmployerOption } from "./employer-select";
import { PlacementForm } from "./placement-form";

export interface PlacementRow {
  id: string;
  employerId: string;
  employerName: string;
  startDate: string;
  endDate: string;
  /** The dates as the reader's locale writes them. */
  dates: string;
  /** The first planned end, when a move or a drop-out cut the placement short. */
  plannedEnd: string | null;
  endReason: string | null;
  phase: "past" | "running" | "upcoming";
}

/** The trainee's placements in order; each can be corrected, and one not yet started removed. */
export function PlacementHistory({ slug, placements, employers, editable }: {
  slug: string;
  placements: PlacementRow[];
  employers: EmployerOption[];
  editable: boolean;
}) {
  const t = useTranslations("placements.history");
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const edited = placements.find((p) => p.id === editing);
  const open = (id: string) => {
    setSaved(false);
    setEditing(id);
    // The form appears below the table: take the keyboard there.
    requestAnimationFrame(() => heading.current?.focus());
  };
  if (placements.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <div className="space-y-4">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <DataTable
        caption={t("caption")}
        variant="plain"
        columns={[{ label: t("employer") }, { label: t("dates") }, { label: t("phase") }, { label: t("note") }, editable && { label: t("actions"), visuallyHidden: true }]}
      >
        {placements.map((p) => (
          <tr key={p.id} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-2 pr-3 text-left font-medium">{p.employerName}</th>
            <td className="py-2 pr-3 tabular-nums">{p.dates}</td>
            <td className="py-2 pr-3">{t(`phaseLabel.${p.phase}`)}</td>
            <td className="py-2 pr-3">
              {p.endReason ? <span className="block">{t("endReason", { reason: p.endReason })}</span> : null}
              {p.plannedEnd ? <span className="block text-xs text-muted">{t("plannedEnd", { date: p.plannedEnd })}</span> : null}
            </td>
            {editable ? (
              <td className="flex flex-wrap justify-end gap-2 py-2">
                <Button variant="secondary" className="px-2 py-1" onClick={() => open(p.id)}>
                  {t("edit")}
                  <span className="sr-only">{t("which", { employer: p.employerName, dates: p.dates })}</span>
                </Button>
                {p.phase === "upcoming" ? (
                  <ActionButton
                    action={removePlacementAction}
                    args={[slug, { placementId: p.id }]}
                    variant="danger"
                    confirm={{ question: t("removeQuestion", { employer: p.employerName, dates: p.dates }), yes: t("removeYes") }}
                  >
                    {t("remove")}
                    <span className="sr-only">{t("which", { employer: p.employerName, dates: p.dates })}</span>
                  </ActionButton>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      {edited ? (
        <section className="rounded-md border border-slate-300 p-4">
          <h3 ref={heading} tabIndex={-1} className="mb-3 font-semibold">
            {t("editTitle", { employer: edited.employerName, dates: edited.dates })}
          </h3>
          <PlacementForm
            key={edited.id}
            slug={slug}
            target={{ placementId: edited.id }}
            employers={employers}
            defaults={{ employerId: edited.employerId, startDate: edited.startDate, endDate: edited.endDate }}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setSaved(true);
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
