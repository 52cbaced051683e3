"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm, useFieldError } from "@/components/ui/use-action-form";
import { addNoteAction } from "@/lib/candidates/actions";
import { addNoteSchema, type AddNoteInput } from "@/lib/candidates/schemas";
import { useRouter } from "@/lib/i18n/navigation";

/** A new internal note; the notes themselves are listed in the timeline. */
export function NoteForm({ slug, applicationId }: { slug: string; applicationId: string }) {
  const t = useTranslations("candidate");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<AddNoteInput>({ resolver: zodResolver(addNoteSchema), defaultValues: { applicationId, body: "" } });
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => addNoteAction(slug, values), () => {
    form.reset({ applicationId, body: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("noteSaved")}</Alert> : null}
      <Field label={t("noteLabel")} hint={t("noteHint")} error={fieldError(form.formState.errors.body?.message)}>
        {(c) => <textarea rows={3} {...c} {...form.register("body")} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("addNote")}</Button>
    </form>
  );
}
