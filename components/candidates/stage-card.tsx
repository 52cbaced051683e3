"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { MailComposer } from "@/components/review/mail-composer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { moveApplicationsAction } from "@/lib/review/actions";
import { BULK_EMAIL_KINDS, type BulkEmailKind, type MOVABLE_STAGES } from "@/lib/review/schemas";

type Stage = (typeof MOVABLE_STAGES)[number];

/** The mail a move usually calls for, offered first once the move is made. */
const MAIL_FOR: Partial<Record<Stage, BulkEmailKind>> = { SHORTLISTED: "shortlisted", REJECTED: "notSelected" };

interface Props {
  slug: string;
  applicationId: string;
  name: string;
  stageLabel: string;
  /** The stages a coordinator may move this application to, in order. */
  moves: Stage[];
  /** The move most likely wanted (the next step forward), chosen already. */
  next?: Stage;
}

/**
 * The application's stage and the moves allowed from it. After a move the mail that goes with it
 * (through to the next round, not selected, a status update) is ready to write and send.
 */
export function StageCard({ slug, applicationId, name, stageLabel, moves, next }: Props) {
  const t = useTranslations("candidate");
  const stages = useTranslations("stages");
  const errors = useTranslations("errors");
  const router = useRouter();
  const selectId = useId();
  const [target, setTarget] = useState<Stage | undefined>(next ?? moves[0]);
  const [moved, setMoved] = useState<Stage | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const move = () =>
    startTransition(async () => {
      if (!target) return;
      const result = await moveApplicationsAction(slug, { applicationIds: [applicationId], stage: target });
      if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
      setMessage({ tone: "success", text: t("moved", { name, stage: stages(target) }) });
      setMoved(target);
      router.refresh();
    });
  const suggested = moved ? (MAIL_FOR[moved] ?? "update") : "update";
  const kinds = [suggested, ...BULK_EMAIL_KINDS.filter((k) => k !== suggested)];
  return (
    <section aria-labelledby={`${selectId}-title`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${selectId}-title`} className="text-lg font-semibold">{t("stageTitle")}</h2>
      <p className="mt-1 text-sm">
        {t("stageNow")} <strong>{stageLabel}</strong>
      </p>
      {message ? <div className="mt-3"><Alert tone={message.tone}>{message.text}</Alert></div> : null}
      {moves.length ? (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={selectId} className="block text-sm font-medium">{t("moveTo")}</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value as Stage)} className="mt-1 rounded-md border border-slate-400 px-2 py-2 text-sm">
              {moves.map((s) => <option key={s} value={s}>{stages(s)}</option>)}
            </select>
          </div>
          <Button onClick={move} disabled={pending}>{t("move")}</Button>
        </div>
      ) : (
        <p className="mt-2 text-sm text-muted">{t("noMoves")}</p>
      )}
      <div className="mt-4">
        <p className="mb-2 text-sm font-medium">{moved ? t("mailAfterMove", { name }) : t("mailAnytime", { name })}</p>
        <div className="flex flex-wrap items-end gap-2">
          <MailComposer key={suggested} slug={slug} selection={{ applicationIds: [applicationId] }} count={1} kinds={kinds} onDone={setMessage} />
        </div>
      </div>
    </section>
  );
}
