"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import { campaignSchema, updateCampaignSchema, type CampaignInput, type UpdateCampaignInput } from "@/lib/campaigns/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput, DateTimeInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";

type Rules = Omit<UpdateCampaignInput, "id">;

/** The window and rules both forms share; times are the consortium's wall clock. */
function RulesFields<V extends FieldValues & Rules>({ form, timeZone }: { form: UseFormReturn<V>; timeZone: string }) {
  const t = useTranslations("campaigns.form");
  const fieldError = useFieldError();
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const reg = (name: keyof Rules) => form.register(name as Path<V>);
  return (
    <>
      <Field label={t("opensAt")} hint={t("zoneHint", { zone: timeZone })} error={fieldError(errors.opensAt?.message)}>
        {(c) => <DateTimeInput {...c} {...reg("opensAt")} />}
      </Field>
      <Field label={t("closesAt")} hint={t("zoneHint", { zone: timeZone })} error={fieldError(errors.closesAt?.message)}>
        {(c) => <DateTimeInput {...c} {...reg("closesAt")} />}
      </Field>
      <Field label={t("maxPreferences")} hint={t("maxPreferencesHint")} error={fieldError(errors.maxPreferences?.message)}>
        {(c) => <input type="number" min={1} max={10} {...c} {...reg("maxPreferences")} />}
      </Field>
      <Field label={t("talentPoolMonths")} hint={t("talentPoolHint")} error={fieldError(errors.talentPoolMonths?.message)}>
        {(c) => <input type="number" min={1} max={36} {...c} {...reg("talentPoolMonths")} />}
      </Field>
      {(["consentSv", "consentNb", "consentEn"] as const).map((name) => (
        <div key={name} className="sm:col-span-2">
          <Field label={t(name)} error={fieldError(errors[name]?.message)}>
            {(c) => <textarea rows={3} {...c} {...reg(name)} />}
          </Field>
        </div>
      ))}
    </>
  );
}

export function NewCampaignForm({ slug, timeZone, defaults }: { slug: string; timeZone: string; defaults: CampaignInput }) {
  const t = useTranslations("campaigns.form");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<CampaignInput>({ resolver: zodResolver(campaignSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (v) => createCampaignAction(slug, v), () => {
    router.push(`/c/${slug}/campaigns`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      <Field label={t("cohortName")} hint={t("cohortNameHint")} error={fieldError(errors.cohortName?.message)}>
        {(c) => <input {...c} {...form.register("cohortName")} />}
      </Field>
      <Field label={t("programmeMonths")} error={fieldError(errors.programmeMonths?.message)}>
        {(c) => <input type="number" min={6} max={24} {...c} {...form.register("programmeMonths")} />}
      </Field>
      <Field label={t("cohortStart")} error={fieldError(errors.cohortStart?.message)}>
        {(c) => <DateInput {...c} {...form.register("cohortStart")} />}
      </Field>
      <Field label={t("cohortEnd")} error={fieldError(errors.cohortEnd?.message)}>
        {(c) => <DateInput {...c} {...form.register("cohortEnd")} />}
      </Field>
      <RulesFields form={form} timeZone={timeZone} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("create")}</Button>
      </div>
    </form>
  );
}

export function EditCampaignForm({ slug, timeZone, defaults }: { slug: string; timeZone: string; defaults: UpdateCampaignInput }) {
  const t = useTranslations("campaigns.form");
  const router = useRouter();
  const form = useForm<UpdateCampaignInput>({ resolver: zodResolver(updateCampaignSchema), defaultValues: defaults });
  const { onSubmit, formError } = useActionForm(form, (v) => updateCampaignAction(slug, v), () => {
    router.push(`/c/${slug}/campaigns`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      <RulesFields form={form} timeZone={timeZone} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
      </div>
    </form>
  );
}
