"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { createFeeRuleAction, updateFeeRuleAction } from "@/lib/fees/actions";
import { feeRuleSchema, updateFeeRuleSchema, type FeeRuleInput } from "@/lib/fees/schemas";
import { FEE_KINDS } from "@/lib/fees/tiers";
import { useRouter } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { DateInput } from "../ui/date-input";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export type RuleValues = Omit<FeeRuleInput, "locale">;

const EMPTY: RuleValues = { kind: "MEMBERSHIP_FLAT", amount: "", minThreshold: "", maxThreshold: "", employerId: "", description: "", validFrom: "", validUntil: "" };

/**
 * Adds a rule, or changes one (`rule`). Amounts and turnover thresholds are typed in the reader's
 * locale ("12 500,50"); only the fields of the chosen kind are shown.
 */
export function RuleForm({
  slug,
  currency,
  employers,
  rule,
  onDone,
}: {
  slug: string;
  currency: string;
  employers: { id: string; name: string }[];
  rule?: { id: string; values: RuleValues };
  onDone?: () => void;
}) {
  const t = useTranslations("invoices.schedule.form");
  const kinds = useTranslations("fees.kind");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<FeeRuleInput & { id?: string }>({
    resolver: zodResolver(rule ? updateFeeRuleSchema : feeRuleSchema, undefined, { raw: true }) as never,
    defaultValues: { ...(rule ? { ...rule.values, id: rule.id } : EMPTY), locale },
    // Fields of another kind (a member, thresholds) leave the values when hidden, so switching
    // kinds never sends a leftover the schema would refuse.
    shouldUnregister: true,
  });
  const { errors } = form.formState;
  const kind = form.watch("kind");
  const { onSubmit, formError, succeeded } = useActionForm(
    form,
    (values) => (rule ? updateFeeRuleAction(slug, { ...values, id: rule.id }) : createFeeRuleAction(slug, values)),
    () => {
      if (!rule) form.reset({ ...EMPTY, locale });
      onDone?.();
      router.refresh();
    },
  );
  const tier = kind === "MEMBERSHIP_TIER_EMPLOYEES" ? "Employees" : kind === "MEMBERSHIP_TIER_TURNOVER" ? "Turnover" : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" {...form.register("locale")} />
      {rule ? <input type="hidden" {...form.register("id")} /> : null}
      {formError ? <div className="sm:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      {succeeded && !rule ? <div className="sm:col-span-2"><Alert tone="success">{t("created")}</Alert></div> : null}
      <Field label={t("kind")} error={fieldError(errors.kind?.message)}>
        {(c) => (
          <select {...c} {...form.register("kind")}>
            {FEE_KINDS.map((k) => (
              <option key={k} value={k}>{kinds(k)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("amount", { currency })} hint={t("amountHint")} error={fieldError(errors.amount?.message)}>
        {(c) => <input inputMode="decimal" autoComplete="off" {...c} {...form.register("amount")} />}
      </Field>
      {tier ? (
        <>
          <Field label={t(`min${tier}`, { currency })} error={fieldError(errors.minThreshold?.message)}>
            {(c) => <input inputMode="decimal" autoComplete="off" {...c} {...form.register("minThreshold")} />}
          </Field>
          <Field label={t(`max${tier}`, { currency })} hint={t("maxHint")} error={fieldError(errors.maxThreshold?.message)}>
            {(c) => <input inputMode="decimal" autoComplete="off" {...c} {...form.register("maxThreshold")} />}
          </Field>
        </>
      ) : null}
      {kind === "ONE_OFF" ? (
        <Field label={t("employer")} hint={t("employerHint")} error={fieldError(errors.employerId?.message)}>
          {(c) => (
            <select {...c} {...form.register("employerId")}>
              <option value="">{t("allMembers")}</option>
              {employers.map((e) => (
                <option key={e.id} value={e.id}>{e.name}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t("description")} hint={t("descriptionHint")} error={fieldError(errors.description?.message)}>
        {(c) => <input {...c} {...form.register("description")} />}
      </Field>
      <Field label={t("validFrom")} hint={t("validFromHint")} error={fieldError(errors.validFrom?.message)}>
        {(c) => <DateInput {...c} {...form.register("validFrom")} />}
      </Field>
      <Field label={t("validUntil")} hint={t("validUntilHint")} error={fieldError(errors.validUntil?.message)}>
        {(c) => <DateInput {...c} {...form.register("validUntil")} />}
      </Field>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{rule ? t("save") : t("create")}</Button>
        {onDone ? <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}
