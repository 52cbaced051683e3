"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { INVITABLE_ROLES } from "@/lib/auth/permissions";
import { inviteMemberAction } from "@/lib/people/actions";
import { inviteSchema, type InviteInput } from "@/lib/people/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface EmployerOption {
  id: string;
  name: string;
}

export function InviteForm({ slug, employers, defaultLocale }: { slug: string; employers: EmployerOption[]; defaultLocale: AppLocale }) {
  const t = useTranslations("people.invite");
  const roles = useTranslations("roles");
  const options = useTranslations("options");
  const router = useRouter();
  const fieldError = useFieldError();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<InviteInput>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "EMPLOYER", employerId: "", locale: defaultLocale },
  });
  const { errors } = form.formState;
  const role = form.watch("role");
  const { onSubmit, formError } = useActionForm(form, (values) => inviteMemberAction(slug, values), () => {
    setSentTo(form.getValues("email"));
    form.reset({ ...form.getValues(), email: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      {sentTo ? <div className="sm:col-span-2"><Alert tone="success">{t("sent", { email: sentTo })}</Alert></div> : null}
      <Field label={t("email")} error={fieldError(errors.email?.message)}>
        {(c) => <input type="email" autoComplete="off" {...c} {...form.register("email")} />}
      </Field>
      <Field label={t("role")} error={fieldError(errors.role?.message)}>
        {(c) => (
          <select {...c} {...form.register("role")}>
            {INVITABLE_ROLES.map((r) => <option key={r} value={r}>{roles(r)}</option>)}
          </select>
        )}
      </Field>
      {role === "EMPLOYER" ? (
        <Field label={t("employer")} error={fieldError(errors.employerId?.message)}>
          {(c) => (
            <select {...c} {...form.register("employerId")}>
              <option value="">{t("chooseEmployer")}</option>
              {employers.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t("language")} hint={t("languageHint")} error={fieldError(errors.locale?.message)}>
        {(c) => (
          <select {...c} {...form.register("locale")}>
            <option value="sv">{options("locale.sv")}</option>
            <option value="nb">{options("locale.nb")}</option>
            <option value="en">{options("locale.en")}</option>
          </select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("submit")}</Button>
      </div>
    </form>
  );
}
