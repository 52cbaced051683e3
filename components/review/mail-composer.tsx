"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { prepareBulkEmailAction, previewBulkEmailAction, sendBulkEmailAction } from "@/lib/review/actions";
import { BULK_EMAIL_KINDS, type BulkEmailKind } from "@/lib/review/schemas";
import type { ActionResult } from "@/lib/server/errors";
import { Button } from "../ui/button";
import { MailDraftFields, type Language } from "./mail-draft-fields";

type Selection = { applicationIds: string[] } | { match: { query: Record<string, string>; count: number } };
type Prepared = { count: number; languages: Language[]; placeholders: string[] };
type Preview = { to: string; subject: string; text: string };

interface Props {
  slug: string;
  selection: Selection;
  count: number;
  onDone: (message: { tone: "error" | "success"; text: string }) => void;
  /** Which kinds to offer; all bulk kinds by default. */
  kinds?: readonly BulkEmailKind[];
}

/**
 * Write an email to the chosen applicants: start from the kind's template in each recipient
 * language, edit subject and body, see one recipient's mail, and confirm a send that names how
 * many get it. "More information needed" asks what is needed. Nothing typed is lost on an error.
 */
export function MailComposer({ slug, selection, count, onDone, kinds = BULK_EMAIL_KINDS }: Props) {
  const t = useTranslations("review.mail");
  const all = useTranslations();
  const kindId = useId();
  const [kind, setKind] = useState<BulkEmailKind>(kinds[0]);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [drafts, setDrafts] = useState<Record<string, { subject: string; body: string }>>({});
  const [details, setDetails] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const failed = (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    setFieldErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, all(v)])));
    setError(all(`errors.${result.error}`));
    setConfirming(false);
  };
  const call = <T,>(run: () => Promise<ActionResult<T>>, then: (data: T) => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await run();
        if (!result.ok) return failed(result);
        setFieldErrors({});
        then(result.data);
      } catch {
        setError(all("errors.network"));
      }
    });
  const open = () =>
    call(
      () => prepareBulkEmailAction(slug, { ...selection, kind }),
      (data) => {
        setPrepared(data);
        setDrafts(Object.fromEntries(data.languages.map((l) => [l.locale, l.draft])));
        setPreview(null);
      },
    );
  const close = () => {
    setPrepared(null);
    setConfirming(false);
    setPreview(null);
    setError(null);
  };
  const input = () => ({ ...selection, kind, drafts, details });
  const send = () =>
    call(
      () => sendBulkEmailAction(slug, input()),
      (data) => {
        close();
        setDetails("");
        onDone({ tone: "success", text: t("sent", { count: data.sent }) });
      },
    );

  if (!prepared) {
    return (
      <div className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-2 sm:border-l sm:border-t-0 sm:pl-3 sm:pt-0">
        <label htmlFor={kindId} className="text-sm font-medium">{t("kind")}</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as BulkEmailKind)} className="rounded border border-slate-400 px-2 py-1 text-sm">
          {kinds.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
        </select>
        <Button variant="secondary" disabled={pending || count === 0} onClick={open}>{t("write")}</Button>
        {error ? <p role="alert" className="w-full text-sm text-red-800">{error}</p> : null}
      </div>
    );
  }
  return (
    <section aria-labelledby={`${kindId}-title`} className="w-full space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <h2 id={`${kindId}-title`} className="font-semibold">{t("title", { kind: t(`kinds.${kind}`), count: prepared.count })}</h2>
      {error ? <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">{error}</p> : null}
      <p className="text-sm text-muted">{t("placeholders", { list: prepared.placeholders.map((p) => `{${p}}`).join(", ") })}</p>
      {kind === "moreInfo" ? (
        <div>
          <label htmlFor={`${kindId}-details`} className="block text-sm font-medium">{t("details")}</label>
          <p id={`${kindId}-details-hint`} className="text-xs text-muted">{t("detailsHint")}</p>
          <textarea
            id={`${kindId}-details`}
            rows={3}
            value={details}
            required
            aria-invalid={Boolean(fieldErrors.details)}
            aria-describedby={`${kindId}-details-hint${fieldErrors.details ? ` ${kindId}-details-error` : ""}`}
            onChange={(e) => setDetails(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
          />
          {fieldErrors.details ? <p id={`${kindId}-details-error`} className="mt-1 text-sm text-red-800">{fieldErrors.details}</p> : null}
        </div>
      ) : null}
      <MailDraftFields idPrefix={kindId} languages={prepared.languages} drafts={drafts} errors={fieldErrors} onChange={(locale, draft) => setDrafts({ ...drafts, [locale]: draft })} />
      {preview ? (
        <figure className="rounded-md border border-slate-300 bg-white p-3 text-sm" aria-live="polite">
          <figcaption className="font-medium">{t("previewOf", { to: preview.to })}</figcaption>
          <p className="mt-1"><strong>{t("subject")}:</strong> {preview.subject}</p>
          <p className="mt-2 whitespace-pre-wrap">{preview.text}</p>
        </figure>
      ) : null}
      {confirming ? (
        <div role="group" aria-label={t("confirm", { count: prepared.count })} className="space-y-2 rounded-md border border-slate-400 bg-white p-3">
          <p className="text-sm font-medium">{t("confirm", { count: prepared.count })}</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={send} disabled={pending}>{t("confirmYes", { count: prepared.count })}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>{all("app.cancel")}</Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={pending} onClick={() => call(() => previewBulkEmailAction(slug, input()), setPreview)}>{t("preview")}</Button>
          <Button disabled={pending} onClick={() => setConfirming(true)}>{t("send", { count: prepared.count })}</Button>
          <Button variant="ghost" disabled={pending} onClick={close}>{all("app.cancel")}</Button>
        </div>
      )}
    </section>
  );
}
