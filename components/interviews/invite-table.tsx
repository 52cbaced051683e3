"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { inviteToInterviewAction } from "@/lib/interviews/actions";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { useRowSelection } from "../ui/use-row-selection";

export interface CandidateRow {
  id: string;
  name: string;
  stage: string;
  invitedAt: string | null;
  bookedTime: string | null;
}

/** Shortlisted and invited candidates of the campaign; the selected ones are invited by email. */
export function InviteTable({ slug, campaignId, rows }: { slug: string; campaignId: string; rows: CandidateRow[] }) {
  const t = useTranslations("interviews");
  const errors = useTranslations("errors");
  const router = useRouter();
  const { selected, all, toggle, toggleAll, clear } = useRowSelection(rows.map((r) => r.id));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const invite = () =>
    startTransition(async () => {
      const result = await inviteToInterviewAction(slug, { campaignId, applicationIds: [...selected] });
      if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
      setMessage({ tone: "success", text: t("invited", { count: result.data.invited }) });
      clear();
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm" aria-live="polite">{t("selected", { count: selected.size })}</p>
        <Button disabled={pending || selected.size === 0} onClick={invite}>{t("invite")}</Button>
      </div>
      <DataTable
        caption={t("candidatesTitle")}
        variant="plain"
        columns={[
          {
            label: (
              <input type="checkbox" aria-label={t("selectAll")} checked={all} onChange={toggleAll} />
            ),
          },
          { label: t("candidate") },
          { label: t("stage") },
          { label: t("invitedAt") },
          { label: t("bookedTime") },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100">
            <td className="py-1 pr-3">
              <input type="checkbox" aria-label={t("select", { name: r.name })} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
            </td>
            <th scope="row" className="py-1 pr-3 text-left font-medium">{r.name}</th>
            <td className="py-1 pr-3">{r.stage}</td>
            <td className="py-1 pr-3">{r.invitedAt ?? t("notYet")}</td>
            <td className="py-1">{r.bookedTime ?? t("notYet")}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
