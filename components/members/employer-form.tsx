"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type DefaultValues, useForm } from "react-hook-form";
import { createEmployerAction, updateEmployerAction } from "@/lib/members/actions";
import { EMPLOYER_STATUSES, employerSchema, SECTORS, SIZE_BANDS, type EmployerInput } from "@/lib/members/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";

interface EmployerFormProps {
  slug: string;
  employerId?: string;
  defaults?: DefaultValues<EmployerInput>;
}

export function EmployerForm({ slug, employerId, defaults }: EmployerFormProps) {
  const t = useTranslations("members.form");
  const options = useTranslations("options");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<EmployerInput>({
    resolver: zodResolver(employerSchema),
    defaultValues: defaults ?? {
      name: "",
      orgNumber: "",
      sector: "PRIVATE",
      sizeBand: "FROM_10_TO_49",
      municipality: "",
      website: "",
      about: "",
      memberSince: new Date().toISOString().slice(0, 10),
      status: "ACTIVE",
    },
  });
  const { errors } = form.formState;
  const save = (values: EmployerInput) =>
    employerId ? updateEmployerAction(slug, { ...values, id: employerId }) : createEmployerAction(slug, values);
  const { onSubmit, formError } = useActionForm(form, save, () => {
    router.push(`/c/${slug}/members`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      <Field label={t("name")} error={fieldError(errors.name?.message)}>
        {(c) => <input {...c} {...form.register("name")} autoComplete="organization" />}
      </Field>
      <Field label={t("orgNumber")} hint={t("orgNumberHint")} error={fieldError(errors.orgNumber?.message)}>
        {(c) => <input {...c} {...form.register("orgNumber")} inputMode="numeric" />}
      </Field>
      <Field label={t("sector")} error={fieldError(errors.sector?.message)}>
        {(c) => (
          <select {...c} {...form.register("sector")}>
            {SECTORS.map((s) => <option key={s} value={s}>{options(`sector.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("sizeBand")} error={fieldError(errors.sizeBand?.message)}>
        {(c) => (
          <select {...c} {...form.register("sizeBand")}>
            {SIZE_BANDS.map((s) => <option key={s} value={s}>{options(`sizeBand.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("municipality")} error={fieldError(errors.municipality?.message)}>
        {(c) => <input {...c} {...form.register("municipality")} />}
      </Field>
      <Field label={t("memberSince")} error={fieldError(errors.memberSince?.message)}>
        {(c) => <DateInput {...c} {...form.register("memberSince")} />}
      </Field>
      <Field label={t("website")} error={fieldError(errors.website?.message)}>
        {(c) => <input type="url" {...c} {...form.register("website")} autoComplete="url" />}
      </Field>
      <Field label={t("status")} error={fieldError(errors.status?.message)}>
        {(c) => (
          <select {...c} {...form.register("status")}>
            {EMPLOYER_STATUSES.map((s) => <option key={s} value={s}>{options(`employerStatus.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field label={t("about")} error={fieldError(errors.about?.message)}>
          {(c) => <textarea rows={4} {...c} {...form.register("about")} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {employerId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
