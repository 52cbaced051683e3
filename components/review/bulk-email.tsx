"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { sendBulkEmailAction } from "@/lib/review/actions";
import { BULK_EMAIL_KINDS, type BulkEmailKind } from "@/lib/review/schemas";
import { Button } from "../ui/button";

interface Props {
  slug: string;
  selected: string[];
  /** Each template's subject in the coordinator's language, the campaign's own wording included. */
  subjects: Record<BulkEmailKind, string>;
  onDone: (message: { tone: "error" | "success"; text: string }) => void;
}

/** "Send email" in the table's selection bar: one translated email to each selected applicant. */
export function BulkEmail({ slug, selected, subjects, onDone }: Props) {
  const t = useTranslations("review");
  const errors = useTranslations("errors");
  const kindId = useId();
  const [kind, setKind] = useState<BulkEmailKind>("update");
  const [pending, startTransition] = useTransition();
  const send = () =>
    startTransition(async () => {
      const result = await sendBulkEmailAction(slug, { applicationIds: selected, kind });
      onDone(result.ok ? { tone: "success", text: t("emailed", { count: result.data.sent }) } : { tone: "error", text: errors(result.error) });
    });
  return (
    <div className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-2 sm:border-l sm:border-t-0 sm:pl-3 sm:pt-0">
      <label htmlFor={kindId} className="text-sm font-medium">{t("emailKind")}</label>
      <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as BulkEmailKind)} className="rounded border border-slate-400 px-2 py-1 text-sm">
        {BULK_EMAIL_KINDS.map((k) => <option key={k} value={k}>{t(`emailKinds.${k}`)}</option>)}
      </select>
      <Button variant="secondary" disabled={pending || selected.length === 0} onClick={send}>{t("sendEmail")}</Button>
      <p className="w-full text-xs text-muted" aria-live="polite">{t("emailSubject", { subject: subjects[kind] })}</p>
    </div>
  );
}
