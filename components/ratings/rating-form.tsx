"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { rateApplicationAction } from "@/lib/ratings/actions";
import { rateSchema, type RateInput } from "@/lib/ratings/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useActionForm, useFieldError } from "../ui/use-action-form";

/** 1–5 as a radio group: keyboard-friendly, one tab stop, arrow keys between values. */
function ScoreGroup({ legend, field, error }: { legend: string; field: UseFormRegisterReturn; error?: string }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" aria-invalid={Boolean(error)}>
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex gap-4">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="flex items-center gap-1 text-sm">
            <input type="radio" value={n} {...field} />
            {n}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm text-red-800">{error}</p> : null}
    </fieldset>
  );
}

interface RatingFormProps {
  slug: string;
  applicationId: string;
  criteria: { key: string; label: string }[];
  defaults?: { scores: Record<string, number>; rating: number; comment: string | null };
}

export function RatingForm({ slug, applicationId, criteria, defaults }: RatingFormProps) {
  const t = useTranslations("ratings");
  const router = useRouter();
  const fieldError = useFieldError();
  // Radio inputs hold strings: a saved 4 must be "4" for its button to come back checked.
  const form = useForm<RateInput>({
    resolver: zodResolver(rateSchema),
    defaultValues: {
      applicationId,
      scores: Object.fromEntries(Object.entries(defaults?.scores ?? {}).map(([key, score]) => [key, String(score)])),
      rating: defaults ? String(defaults.rating) : undefined,
      comment: defaults?.comment ?? "",
    },
  });
  const { errors } = form.formState;
  const { onSubmit, formError } = useActionForm(form, (v) => rateApplicationAction(slug, v), () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {criteria.map((c) => (
        <ScoreGroup key={c.key} legend={c.label} field={form.register(`scores.${c.key}`)} error={fieldError(errors.scores?.[c.key]?.message ?? errors.scores?.message)} />
      ))}
      <ScoreGroup legend={t("overall")} field={form.register("rating")} error={fieldError(errors.rating?.message)} />
      <label className="block text-sm font-medium">
        {t("comment")}
        <textarea rows={3} {...form.register("comment")} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm" />
      </label>
      <Button type="submit" disabled={form.formState.isSubmitting}>{defaults ? t("update") : t("submit")}</Button>
    </form>
  );
}
