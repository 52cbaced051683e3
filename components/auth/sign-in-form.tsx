"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const t = useTranslations("signIn");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: defaultEmail ?? "", callbackUrl, locale },
  });
  const { onSubmit, formError } = useActionForm(form, requestSignInLinkAction, (data) =>
    router.push({ pathname: "/sign-in/check-email", query: { email: form.getValues("email").trim(), callbackUrl: data.callbackUrl } }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("email")} hint={t("emailHint")} error={fieldError(form.formState.errors.email?.message)}>
        {(control) => <input type="email" autoComplete="email" {...control} {...form.register("email")} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
