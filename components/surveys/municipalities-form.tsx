"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { updateMunicipalitiesAction } from "@/lib/surveys/actions";
import { MAX_MUNICIPALITIES, municipalitiesSchema, type MunicipalitiesInput } from "@/lib/surveys/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** The region's municipalities, one a line: survey answers naming one count as living in the region. */
export function MunicipalitiesForm({ slug, municipalities }: { slug: string; municipalities: string[] }) {
  const t = useTranslations("settings.municipalities");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<MunicipalitiesInput>({
    resolver: zodResolver(municipalitiesSchema, undefined, { raw: true }) as never,
    defaultValues: { municipalities: municipalities.join("\n") },
  });
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => updateMunicipalitiesAction(slug, values), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field label={t("label")} hint={t("hint", { max: MAX_MUNICIPALITIES })} error={fieldError(form.formState.errors.municipalities?.message)}>
        {(c) => <textarea rows={10} {...c} {...form.register("municipalities")} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
    </form>
  );
}
