"use client";

import { useTranslations } from "next-intl";
import type { FocusEvent, InputHTMLAttributes, Ref } from "react";
import { parseDateInput, parseDateTimeInput, parseTimeInput } from "@/lib/i18n/date-input";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { ref?: Ref<HTMLInputElement> };

/**
 * Shows what the person typed, and on leaving the field rewrites a date they meant into its
 * standard form, so the form (and its zod schema) always gets one shape.
 */
function normalisedOnBlur(parse: (v: string) => string | null, props: Props) {
  return (event: FocusEvent<HTMLInputElement>) => {
    const normal = parse(event.target.value);
    if (normal && normal !== event.target.value) {
      event.target.value = normal;
      props.onChange?.(event);
    }
    props.onBlur?.(event);
  };
}

/** A date field in the page's language (YYYY-MM-DD; 1.9.2027 is understood too), not the browser's. */
export function DateInput(props: Props) {
  const t = useTranslations("dateInput");
  return <input type="text" inputMode="numeric" autoComplete="off" placeholder={t("date")} {...props} onBlur={normalisedOnBlur(parseDateInput, props)} />;
}

/** A time field, always 24-hour (HH:MM), whatever the browser's own clock. */
export function TimeInput(props: Props) {
  const t = useTranslations("dateInput");
  return <input type="text" inputMode="numeric" autoComplete="off" placeholder={t("time")} {...props} onBlur={normalisedOnBlur(parseTimeInput, props)} />;
}

/** A moment on the consortium's wall clock (YYYY-MM-DD HH:MM), instead of the browser's datetime-local. */
export function DateTimeInput(props: Props) {
  const t = useTranslations("dateInput");
  return <input type="text" autoComplete="off" placeholder={t("dateTime")} {...props} onBlur={normalisedOnBlur(parseDateTimeInput, props)} />;
}
