"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import {
  approvePostingAction,
  closePostingAction,
  returnPostingAction,
  submitPostingAction,
} from "@/lib/postings/actions";
import type { ActionResult } from "@/lib/server/errors";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

interface PostingActionsProps {
  slug: string;
  postingId: string;
  canSubmit: boolean;
  canReview: boolean;
  canClose: boolean;
}

/** The lifecycle buttons a person may use on this posting now; errors are shown in place. */
export function PostingActions({ slug, postingId, canSubmit, canReview, canClose }: PostingActionsProps) {
  const t = useTranslations("postings.actions");
  const errors = useTranslations("errors");
  const validation = useTranslations();
  const router = useRouter();
  const commentId = useId();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (result.ok) return router.refresh();
      const field = result.fieldErrors?.comment;
      setError(field ? validation(field) : errors(result.error));
    });
  const id = postingId;
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {canSubmit ? <Button disabled={pending} onClick={() => run(() => submitPostingAction(slug, { id }))}>{t("submit")}</Button> : null}
        {canReview ? <Button disabled={pending} onClick={() => run(() => approvePostingAction(slug, { id }))}>{t("approve")}</Button> : null}
        {canClose ? <Button variant="danger" disabled={pending} onClick={() => run(() => closePostingAction(slug, { id }))}>{t("close")}</Button> : null}
      </div>
      {canReview ? (
        <div className="max-w-xl space-y-2">
          <label htmlFor={commentId} className="block text-sm font-medium">{t("comment")}</label>
          <textarea
            id={commentId}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
          />
          <Button variant="secondary" disabled={pending} onClick={() => run(() => returnPostingAction(slug, { id, comment }))}>
            {t("return")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
