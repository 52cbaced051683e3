"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { recordOutcomeAction } from "@/lib/cohorts/actions";
import { outcomeSchema, RESIDENCE_KINDS, TRI_STATES, type OutcomeInput } from "@/lib/cohorts/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useActionForm, useFieldError } from "../ui/use-action-form";

type Values = Omit<OutcomeInput, "municipality" | "elsewhere"> & { municipality: string; elsewhere: string };

/**
 * The end-of-programme outcome as the coordinator knows it. "Accepted" is asked only after an
 * offer; the municipality is one of the region's, or free text for a place outside it.
 */
export function OutcomeForm({ slug, defaults, municipalities }: { slug: string; defaults: Values; municipalities: string[] }) {
  const t = useTranslations("trainees.outcome");
  const tri = useTranslations("trainees.tri");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<Values>({ resolver: zodResolver(outcomeSchema) as unknown as Resolver<Values>, defaultValues: defaults });
  const { errors } = form.formState;
  const offered = form.watch("offeredJob");
  const residence = form.watch("residence");
  // Without an offer there is nothing to accept: the answer goes back to "not known".
  useEffect(() => {
    if (offered !== "YES") form.setValue("acceptedOffer", "UNKNOWN");
  }, [offered, form]);
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => recordOutcomeAction(slug, values), () => router.refresh());
  const triSelect = (name: "offeredJob" | "acceptedOffer" | "otherJobInRegion") => (
    <Field label={t(name)} error={fieldError(errors[name]?.message)}>
      {(c) => (
        <select {...c} {...form.register(name)}>
          {TRI_STATES.map((v) => <option key={v} value={v}>{tri(v)}</option>)}
        </select>
      )}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {triSelect("offeredJob")}
        {offered === "YES" ? triSelect("acceptedOffer") : null}
        {triSelect("otherJobInRegion")}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("residence")} error={fieldError(errors.residence?.message)}>
          {(c) => (
            <select {...c} {...form.register("residence")}>
              {RESIDENCE_KINDS.map((v) => <option key={v} value={v}>{t(`residenceKind.${v}`)}</option>)}
            </select>
          )}
        </Field>
        {residence === "REGION" ? (
          <Field label={t("municipality")} error={fieldError(errors.municipality?.message)}>
            {(c) => (
              <select {...c} {...form.register("municipality")}>
                <option value="">{t("chooseMunicipality")}</option>
                {municipalities.map((m) => <option key={m} value={m}>{m}</option>)}
              </select>
            )}
          </Field>
        ) : null}
        {residence === "OUTSIDE" ? (
          <Field label={t("elsewhere")} hint={t("elsewhereHint")} error={fieldError(errors.elsewhere?.message)}>
            {(c) => <input maxLength={100} {...c} {...form.register("elsewhere")} />}
          </Field>
        ) : null}
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
    </form>
  );
}
