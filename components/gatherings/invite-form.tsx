"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { inviteToGatheringAction } from "@/lib/gatherings/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/card";
import { useRowSelection } from "../ui/use-row-selection";

export interface InviteCandidate {
  id: string;
  name: string;
  hasEmail: boolean;
}

/**
 * Invites the cohort's active trainees who are not invited yet: all of them at once (the usual
 * case), or the ones ticked. Each gets an email with the calendar invitation.
 */
export function InviteForm({ slug, gatheringId, candidates }: { slug: string; gatheringId: string; candidates: InviteCandidate[] }) {
  const t = useTranslations("gatherings.invite");
  const errors = useTranslations("errors");
  const router = useRouter();
  const { selected, toggle, clear } = useRowSelection(candidates.map((c) => c.id));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const invite = (traineeIds?: string[]) =>
    startTransition(async () => {
      setMessage(null);
      try {
        const result = await inviteToGatheringAction(slug, { gatheringId, traineeIds });
        if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
        const { invited, mailed } = result.data;
        setMessage({ tone: "success", text: `${t("done", { count: invited })} ${t("mailed", { count: mailed })}` });
        clear();
        router.refresh();
      } catch {
        setMessage({ tone: "error", text: errors("network") });
      }
    });
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {candidates.length === 0 ? (
        <EmptyState>{t("nobodyLeft")}</EmptyState>
      ) : (
        <>
          <fieldset className="space-y-1">
            <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
            {candidates.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
                <span>{c.name}</span>
                {c.hasEmail ? null : <span className="text-xs text-muted">{t("noEmail")}</span>}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button disabled={pending} onClick={() => invite()}>{t("all", { count: candidates.length })}</Button>
            <Button variant="secondary" disabled={pending || selected.size === 0} onClick={() => invite([...selected])}>
              {t("chosen", { count: selected.size })}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
