"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/server/errors";

/**
 * Submits a react-hook-form form through a server action. Field errors from the server land on
 * their fields (as message keys, translated where shown); other errors become one translated
 * message. What the user typed stays in the form whatever happens. `succeeded` is true after a
 * successful submit until the next one, for a "saved" note. `onInvalid` runs when fields are
 * marked, whether by the browser's check or the server's (a form with an error summary focuses it).
 */
export function useActionForm<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ActionResult<T>>,
  onSuccess: (data: T) => void,
  options: { onInvalid?: () => void } = {},
) {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const [succeeded, setSucceeded] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSucceeded(false);
    let result: ActionResult<T>;
    try {
      result = await action(values);
    } catch {
      setFormError(t(navigator.onLine === false ? "errors.offline" : "errors.network"));
      return;
    }
    if (result.ok) {
      setSucceeded(true);
      return onSuccess(result.data);
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [field, key] of fieldErrors) {
      form.setError(field as Path<V>, { type: "server", message: key });
    }
    if (fieldErrors.length) options.onInvalid?.();
    const message = t(`errors.${result.error}`);
    setFormError(result.requestId ? `${message} ${t("errors.reference", { id: result.requestId })}` : message);
  }, () => {
    setFormError(null);
    options.onInvalid?.();
  });
  return { onSubmit, formError, succeeded };
}

/** Translates a field's error message key (from zod or the server). */
export function useFieldError() {
  const t = useTranslations();
  return (message: unknown) => (typeof message === "string" && message ? t(message) : undefined);
}
