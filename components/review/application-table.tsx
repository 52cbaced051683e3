"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { moveApplicationsAction } from "@/lib/review/actions";
import { MOVABLE_STAGES } from "@/lib/review/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { useRowSelection } from "../ui/use-row-selection";
import { ApplicationRow, type ReviewRow } from "./application-row";
import { MailComposer } from "./mail-composer";

export type { ReviewRow } from "./application-row";

interface Props {
  slug: string;
  rows: ReviewRow[];
  caption: string;
  /** How many applications match the filter, on every page. */
  total: number;
  /** The filter as the page's query (campaign included): what "all N matching" re-runs on the server. */
  matchQuery: Record<string, string>;
}

/** The review table with row selection ("all N matching" too), a bulk stage move and a bulk email. */
export function ApplicationTable({ slug, rows, caption, total, matchQuery }: Props) {
  const t = useTranslations("review");
  const stages = useTranslations("stages");
  const errors = useTranslations("errors");
  const router = useRouter();
  const stageId = useId();
  const { selected, all, toggle, toggleAll, clear } = useRowSelection(rows.map((r) => r.id));
  const [allMatching, setAllMatching] = useState(false);
  const [stage, setStage] = useState<(typeof MOVABLE_STAGES)[number]>("SCREENING");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const matching = allMatching && all;
  const count = matching ? total : selected.size;
  const selection = matching ? { match: { query: matchQuery, count: total } } : { applicationIds: [...selected] };
  const reset = () => {
    clear();
    setAllMatching(false);
  };
  const move = () =>
    startTransition(async () => {
      const result = await moveApplicationsAction(slug, { ...selection, stage });
      if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
      const moved = t("moved", { count: result.data.moved, stage: stages(stage) });
      setMessage({ tone: "success", text: result.data.skipped ? `${moved} ${t("skipped", { count: result.data.skipped })}` : moved });
      reset();
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <p className="text-sm" aria-live="polite">{t("selected", { count })}</p>
        <label htmlFor={stageId} className="text-sm font-medium">{t("moveTo")}</label>
        <select id={stageId} value={stage} onChange={(e) => setStage(e.target.value as typeof stage)} className="rounded border border-slate-400 px-2 py-1 text-sm">
          {MOVABLE_STAGES.map((s) => <option key={s} value={s}>{stages(s)}</option>)}
        </select>
        <Button disabled={pending || count === 0} onClick={move}>{t("move")}</Button>
        <MailComposer
          slug={slug}
          selection={selection}
          count={count}
          onDone={(result) => {
            setMessage(result);
            if (result.tone === "success") reset();
          }}
        />
      </div>
      {all && total > rows.length ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm" aria-live="polite">
          {matching ? t("allMatchingSelected", { count: total }) : t("pageSelected", { count: rows.length })}{" "}
          <Button variant="ghost" className="px-1 py-0" onClick={() => (matching ? reset() : setAllMatching(true))}>
            {matching ? t("clearSelection") : t("selectAllMatching", { count: total })}
          </Button>
        </p>
      ) : null}
      <DataTable
        caption={caption}
        columns={[
          { label: <input type="checkbox" aria-label={t("selectAll")} checked={all} onChange={() => (all ? reset() : toggleAll())} /> },
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
          <ApplicationRow key={r.id} row={r} checked={selected.has(r.id)} onToggle={() => { setAllMatching(false); toggle(r.id); }} />
        ))}
      </DataTable>
    </div>
  );
}
