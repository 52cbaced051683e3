"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { removeMentorAction, setMentorAction } from "@/lib/cohorts/actions";
import { mentorSchema, type MentorInput } from "@/lib/cohorts/schemas";
import { ActionButton } from "../ui/action-button";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface ContactOption {
  id: string;
  employer: string;
  name: string;
  email: string;
}

/**
 * The trainee's mentor: a person at the host employer, typed in or filled from one of the
 * employer's contact people. Saving replaces the mentor before; removing leaves none.
 */
export function MentorForm({ slug, traineeId, mentor, contacts }: {
  slug: string;
  traineeId: string;
  mentor: { name: string; email: string } | null;
  contacts: ContactOption[];
}) {
  const t = useTranslations("trainees.mentor");
  const router = useRouter();
  const fieldError = useFieldError();
  const pickerId = useId();
  const form = useForm<MentorInput>({
    resolver: zodResolver(mentorSchema),
    defaultValues: { traineeId, name: mentor?.name ?? "", email: mentor?.email ?? "" },
  });
  const { errors } = form.formState;
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => setMentorAction(slug, values), () => router.refresh());
  const pick = (id: string) => {
    const contact = contacts.find((c) => c.id === id);
    if (!contact) return;
    form.setValue("name", contact.name, { shouldValidate: true });
    form.setValue("email", contact.email, { shouldValidate: true });
  };
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
        {succeeded ? <div className="sm:col-span-2"><Alert tone="success">{t("saved")}</Alert></div> : null}
        {contacts.length ? (
          <div className="sm:col-span-2">
            <label htmlFor={pickerId} className="block text-sm font-medium">{t("pick")}</label>
            <select
              id={pickerId}
              defaultValue=""
              onChange={(e) => pick(e.target.value)}
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink"
            >
              <option value="">{t("pickNone")}</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>{t("contact", { name: c.name, employer: c.employer })}</option>
              ))}
            </select>
          </div>
        ) : null}
        <Field label={t("name")} error={fieldError(errors.name?.message)}>
          {(c) => <input autoComplete="off" {...c} {...form.register("name")} />}
        </Field>
        <Field label={t("email")} error={fieldError(errors.email?.message)}>
          {(c) => <input type="email" autoComplete="off" {...c} {...form.register("email")} />}
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={form.formState.isSubmitting}>{mentor ? t("replace") : t("save")}</Button>
        </div>
      </form>
      {mentor ? (
        <ActionButton action={removeMentorAction} args={[slug, { traineeId }]} variant="danger" confirm={{ question: t("removeQuestion", { name: mentor.name }), yes: t("removeYes") }}>
          {t("remove")}
        </ActionButton>
      ) : null}
    </div>
  );
}
