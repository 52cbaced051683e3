"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type Resolver } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { addPlacementAction, updatePlacementAction } from "@/lib/placements/actions";
import { addPlacementSchema, updatePlacementSchema } from "@/lib/placements/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";
import { EmployerSelect, type EmployerOption } from "./employer-select";

type Values = { traineeId?: string; placementId?: string; employerId: string; startDate: string; endDate: string };

/** A new placement for the trainee, or (with `placementId`) a correction of one. */
export function PlacementForm({ slug, target, employers, defaults, onSaved, onCancel }: {
  slug: string;
  target: { traineeId: string } | { placementId: string };
  employers: EmployerOption[];
  defaults: { employerId: string; startDate: string; endDate: string };
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("placements.form");
  const router = useRouter();
  const fieldError = useFieldError();
  const editing = "placementId" in target;
  const form = useForm<Values>({
    resolver: zodResolver(editing ? updatePlacementSchema : addPlacementSchema) as unknown as Resolver<Values>,
    defaultValues: { ...target, ...defaults },
  });
  const { errors } = form.formState;
  const { onSubmit, formError, succeeded } = useActionForm(
    form,
    (values) => (editing ? updatePlacementAction(slug, values) : addPlacementAction(slug, values)),
    () => {
      if (!editing) form.reset({ ...target, employerId: "", startDate: "", endDate: "" });
      router.refresh();
      onSaved?.();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      {formError ? <div className="sm:col-span-3"><Alert tone="error">{formError}</Alert></div> : null}
      {succeeded && !editing ? <div className="sm:col-span-3"><Alert tone="success">{t("added")}</Alert></div> : null}
      <Field label={t("employer")} error={fieldError(errors.employerId?.message)}>
        {(c) => <EmployerSelect employers={employers} control={c} register={form.register("employerId")} />}
      </Field>
      <Field label={t("startDate")} error={fieldError(errors.startDate?.message)}>
        {(c) => <DateInput {...c} {...form.register("startDate")} />}
      </Field>
      <Field label={t("endDate")} error={fieldError(errors.endDate?.message)}>
        {(c) => <DateInput {...c} {...form.register("endDate")} />}
      </Field>
      <div className="flex gap-3 sm:col-span-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{editing ? t("save") : t("add")}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}
