"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { bookSlotAction } from "@/lib/interviews/actions";
import { bookSlotSchema, type BookSlotInput } from "@/lib/interviews/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/card";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface FreeSlot {
  id: string;
  time: string;
  place: string;
  free: number;
}

/**
 * Free slots as one radio group: a single tab stop, arrow keys between times, Enter books. Stays
 * mounted when none are left (say, after taking the last one), so its confirmation stays too.
 */
export function BookSlotForm({ slug, applicationId, slots, moving }: { slug: string; applicationId: string; slots: FreeSlot[]; moving: boolean }) {
  const t = useTranslations("interviews.me");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<BookSlotInput>({ resolver: zodResolver(bookSlotSchema), defaultValues: { applicationId, slotId: "" } });
  const error = fieldError(form.formState.errors.slotId?.message);
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => bookSlotAction(slug, values), () => {
    form.reset({ applicationId, slotId: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("bookedOk")}</Alert> : null}
      {slots.length === 0 ? (
        <EmptyState>{t("noFree")}</EmptyState>
      ) : (
        <>
          <fieldset className="rounded-md border border-slate-200 p-3" aria-invalid={Boolean(error)} aria-describedby={error ? "slot-error" : undefined}>
            <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
            <div className="space-y-2">
              {slots.map((slot) => (
                <label key={slot.id} className="flex items-start gap-2 text-sm">
                  <input type="radio" value={slot.id} className="mt-1" {...form.register("slotId")} />
                  <span>
                    <span className="block font-medium">{slot.time}</span>
                    <span className="block text-muted">{slot.place}</span>
                    <span className="block text-muted">{t("placesLeft", { count: slot.free })}</span>
                  </span>
                </label>
              ))}
            </div>
            {error ? <p id="slot-error" className="mt-1 text-sm text-red-800">{error}</p> : null}
          </fieldset>
          <Button type="submit" disabled={form.formState.isSubmitting}>{moving ? t("move") : t("book")}</Button>
        </>
      )}
    </form>
  );
}
