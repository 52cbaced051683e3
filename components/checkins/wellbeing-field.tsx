"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

const SCALE = [1, 2, 3, 4, 5] as const;

/** Wellbeing 1–5 as a radio group: one legend, each value with its words, the error announced. */
export function WellbeingField({ register, error }: { register: UseFormRegisterReturn; error?: string }) {
  const t = useTranslations("checkIns.record");
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">{t("wellbeing")}</legend>
      <p className="text-xs text-muted">{t("wellbeingHint")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {SCALE.map((value) => (
          <label key={value} className="flex items-center gap-2 rounded-md border border-slate-400 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" value={String(value)} aria-invalid={Boolean(error)} {...register} />
            <span>{t(`scale.${value}`)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
