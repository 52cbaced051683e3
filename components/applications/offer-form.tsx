"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { makeOfferAction } from "@/lib/offers/actions";
import { makeOfferSchema, type MakeOfferInput } from "@/lib/offers/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { DateInput } from "../ui/date-input";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** Posting, start, an optional answer-by date and message; checked, then confirmed, then sent. */
export function OfferForm({ slug, applicationId, postings, defaultStart, candidate }: {
  slug: string;
  applicationId: string;
  postings: { id: string; label: string; ranked: boolean }[];
  defaultStart: string;
  /** The candidate as the confirmation names them. */
  candidate: string;
}) {
  const t = useTranslations("offers");
  const fieldError = useFieldError();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const form = useForm<MakeOfferInput>({
    resolver: zodResolver(makeOfferSchema),
    defaultValues: { applicationId, postingId: postings.find((p) => p.ranked)?.id ?? "", startDate: defaultStart, answerBy: "", message: "" },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (values) => makeOfferAction(slug, values), () => {
    setAsking(false);
    router.refresh();
  });
  // The first submit only checks the form and asks; the offer goes out on the second.
  const ask = form.handleSubmit(() => setAsking(true));
  const posting = postings.find((p) => p.id === form.watch("postingId"))?.label ?? "";
  return (
    <form onSubmit={asking ? onSubmit : ask} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("posting")} hint={t("postingHint")} error={fieldError(errors.postingId?.message)}>
        {(c) => (
          <select {...c} {...form.register("postingId")} disabled={asking}>
            <option value="">{t("choose")}</option>
            {postings.map((p) => <option key={p.id} value={p.id}>{p.ranked ? `★ ${p.label}` : p.label}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("startDate")} hint={t("dateHint")} error={fieldError(errors.startDate?.message)}>
        {(c) => <DateInput {...c} {...form.register("startDate")} readOnly={asking} />}
      </Field>
      <Field label={t("answerBy")} hint={t("answerByHint")} error={fieldError(errors.answerBy?.message)}>
        {(c) => <DateInput {...c} {...form.register("answerBy")} readOnly={asking} />}
      </Field>
      <Field label={t("message")} hint={t("messageHint")} error={fieldError(errors.message?.message)}>
        {(c) => <textarea rows={4} {...c} {...form.register("message")} readOnly={asking} />}
      </Field>
      {asking ? (
        <div role="group" aria-label={t("confirmLabel")} className="space-y-2 rounded-md border border-slate-400 p-3">
          <p className="text-sm font-medium">{t("confirm", { name: candidate, posting, start: form.getValues("startDate") })}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={form.formState.isSubmitting}>{t("confirmYes")}</Button>
            <Button variant="secondary" onClick={() => setAsking(false)} disabled={form.formState.isSubmitting}>{t("edit")}</Button>
          </div>
        </div>
      ) : (
        <Button type="submit">{t("send")}</Button>
      )}
    </form>
  );
}
