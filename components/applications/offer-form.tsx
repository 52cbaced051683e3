"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { makeOfferAction } from "@/lib/offers/actions";
import { makeOfferSchema, type MakeOfferInput } from "@/lib/offers/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export function OfferForm({ slug, applicationId, postings, defaultStart }: {
  slug: string;
  applicationId: string;
  postings: { id: string; label: string; ranked: boolean }[];
  defaultStart: string;
}) {
  const t = useTranslations("offers");
  const fieldError = useFieldError();
  const router = useRouter();
  const form = useForm<MakeOfferInput>({
    resolver: zodResolver(makeOfferSchema),
    defaultValues: { applicationId, postingId: postings.find((p) => p.ranked)?.id ?? "", startDate: defaultStart, message: "" },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (values) => makeOfferAction(slug, values), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("posting")} hint={t("postingHint")} error={fieldError(errors.postingId?.message)}>
        {(c) => (
          <select {...c} {...form.register("postingId")}>
            <option value="">{t("choose")}</option>
            {postings.map((p) => <option key={p.id} value={p.id}>{p.ranked ? `★ ${p.label}` : p.label}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("startDate")} error={fieldError(errors.startDate?.message)}>
        {(c) => <input type="date" {...c} {...form.register("startDate")} />}
      </Field>
      <Field label={t("message")} hint={t("messageHint")} error={fieldError(errors.message?.message)}>
        {(c) => <textarea rows={4} {...c} {...form.register("message")} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("send")}</Button>
    </form>
  );
}
