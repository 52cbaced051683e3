"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { moveApplicationsAction } from "@/lib/review/actions";
import { MOVABLE_STAGES, type BulkEmailKind } from "@/lib/review/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { useRowSelection } from "../ui/use-row-selection";
import { BulkEmail } from "./bulk-email";

export interface ReviewRow {
  id: string;
  label: string;
  stage: string;
  stageLabel: string;
  university: string | null;
  field: string;
  education: string;
  ties: string;
  firstChoice: string | null;
  rating: string;
  submitted: string;
}

interface Props {
  slug: string;
  rows: ReviewRow[];
  caption: string;
  emailSubjects: Record<BulkEmailKind, string>;
}

/** The review table with row selection, a bulk stage move and a bulk email. */
export function ApplicationTable({ slug, rows, caption, emailSubjects }: Props) {
  const t = useTranslations("review");
  const stages = useTranslations("stages");
  const errors = useTranslations("errors");
  const router = useRouter();
  const stageId = useId();
  const { selected, all, toggle, toggleAll, clear } = useRowSelection(rows.map((r) => r.id));
  const [stage, setStage] = useState<(typeof MOVABLE_STAGES)[number]>("SCREENING");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const move = () =>
    startTransition(async () => {
      const result = await moveApplicationsAction(slug, { applicationIds: [...selected], stage });
      if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
      setMessage({ tone: "success", text: t("moved", { count: result.data.moved, stage: stages(stage) }) });
      clear();
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <p className="text-sm" aria-live="polite">{t("selected", { count: selected.size })}</p>
        <label htmlFor={stageId} className="text-sm font-medium">{t("moveTo")}</label>
        <select id={stageId} value={stage} onChange={(e) => setStage(e.target.value as typeof stage)} className="rounded border border-slate-400 px-2 py-1 text-sm">
          {MOVABLE_STAGES.map((s) => <option key={s} value={s}>{stages(s)}</option>)}
        </select>
        <Button disabled={pending || selected.size === 0} onClick={move}>{t("move")}</Button>
        <BulkEmail
          slug={slug}
          selected={[...selected]}
          subjects={emailSubjects}
          onDone={(result) => {
            setMessage(result);
            if (result.tone === "success") clear();
          }}
        />
      </div>
      <DataTable
        caption={caption}
        columns={[
          {
            label: (
              <input
                type="checkbox"
                aria-label={t("selectAll")}
                checked={all}
                onChange={toggleAll}
              />
            ),
          },
          { label: t("applicant") },
          { label: t("education") },
          { label: t("ties") },
          { label: t("firstChoice") },
          { label: t("rating"), numeric: true },
          { label: t("stage") },
          { label: t("submitted") },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100">
            <td className="px-3 py-2">
              <input type="checkbox" aria-label={t("select", { applicant: r.label })} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
            </td>
            <th scope="row" className="px-3 py-2 text-left font-medium">
              {r.label}
              {r.university ? <span className="block text-xs font-normal text-muted">{r.university}</span> : null}
            </th>
            <td className="px-3 py-2">{`${r.field} · ${r.education}`}</td>
            <td className="px-3 py-2">{r.ties}</td>
            <td className="px-3 py-2">{r.firstChoice}</td>
            <td className="px-3 py-2 text-right tabular-nums">{r.rating}</td>
            <td className="px-3 py-2">{r.stageLabel}</td>
            <td className="px-3 py-2">{r.submitted}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
