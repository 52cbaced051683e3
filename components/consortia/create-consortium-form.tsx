"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { createConsortiumAction } from "@/lib/consortia/actions";
import { createConsortiumSchema, suggestSlug, type CreateConsortiumInput } from "@/lib/consortia/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export function CreateConsortiumForm() {
  const t = useTranslations("consortia.form");
  const options = useTranslations("options");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<CreateConsortiumInput>({
    resolver: zodResolver(createConsortiumSchema),
    defaultValues: {
      name: "",
      slug: "",
      country: locale === "nb" ? "NO" : "SE",
      currency: locale === "nb" ? "NOK" : "SEK",
      defaultLocale: locale,
    },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, createConsortiumAction, ({ slug }) => router.push(`/c/${slug}`));
  const name = form.register("name", {
    onBlur: (event) => {
      if (!form.getValues("slug")) form.setValue("slug", suggestSlug(event.target.value));
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={t("name")} error={fieldError(errors.name?.message)}>
        {(c) => <input {...c} {...name} autoComplete="organization" />}
      </Field>
      <Field label={t("slug")} hint={t("slugHint")} error={fieldError(errors.slug?.message)}>
        {(c) => <input {...c} {...form.register("slug")} />}
      </Field>
      <Field label={t("country")} error={fieldError(errors.country?.message)}>
        {(c) => (
          <select {...c} {...form.register("country")}>
            <option value="SE">{options("country.SE")}</option>
            <option value="NO">{options("country.NO")}</option>
          </select>
        )}
      </Field>
      <Field label={t("currency")} error={fieldError(errors.currency?.message)}>
        {(c) => (
          <select {...c} {...form.register("currency")}>
            <option value="SEK">SEK</option>
            <option value="NOK">NOK</option>
          </select>
        )}
      </Field>
      <Field label={t("language")} error={fieldError(errors.defaultLocale?.message)}>
        {(c) => (
          <select {...c} {...form.register("defaultLocale")}>
            <option value="sv">{options("locale.sv")}</option>
            <option value="nb">{options("locale.nb")}</option>
            <option value="en">{options("locale.en")}</option>
          </select>
        )}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
