"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { recordAttendanceAction } from "@/lib/gatherings/actions";
import { ATTENDANCE_MARKS, recordAttendanceSchema, type RecordAttendanceInput } from "@/lib/gatherings/schemas";
import { useRouter } from "@/lib/i18n/navigation";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useActionForm, useFieldError } from "../ui/use-action-form";

export interface AttendanceRow {
  traineeId: string;
  name: string;
  /** INVITED: not recorded yet. */
  status: "INVITED" | (typeof ATTENDANCE_MARKS)[number];
}

/**
 * The register on the day: one group of three radio buttons per invited trainee, so Tab moves
 * from person to person and the arrow keys choose. Unmarked people stay "not recorded" (the
 * register can be taken in parts); "the rest are present" fills them in one go, the usual case.
 */
export function AttendanceForm({ slug, gatheringId, rows }: { slug: string; gatheringId: string; rows: AttendanceRow[] }) {
  const t = useTranslations("gatherings.attendance");
  const statuses = useTranslations("gatherings.statuses");
  const router = useRouter();
  const fieldError = useFieldError();
  const form = useForm<RecordAttendanceInput>({
    resolver: zodResolver(recordAttendanceSchema),
    defaultValues: {
      gatheringId,
      marks: rows.map((r) => ({ traineeId: r.traineeId, status: r.status === "INVITED" ? null : r.status })),
    },
  });
  const { onSubmit, formError, succeeded } = useActionForm(form, (values) => recordAttendanceAction(slug, values), () => router.refresh());
  const listError = fieldError(form.formState.errors.marks?.message ?? form.formState.errors.marks?.root?.message);
  const markRestPresent = () =>
    rows.forEach((_, i) => {
      if (!form.getValues(`marks.${i}.status`)) form.setValue(`marks.${i}.status`, "PRESENT", { shouldValidate: true });
    });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {succeeded ? <Alert tone="success">{t("saved")}</Alert> : null}
      {listError ? <p role="alert" className="text-sm text-red-800">{listError}</p> : null}
      <ul className="divide-y divide-slate-100">
        {rows.map((row, i) => {
          const error = fieldError(form.formState.errors.marks?.[i]?.status?.message);
          const errorId = `attendance-${row.traineeId}-error`;
          return (
            <li key={row.traineeId} className="py-2">
              <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-wrap items-center gap-x-6 gap-y-1">
                <legend className="float-left mr-4 w-full font-medium sm:w-56">{row.name}</legend>
                {ATTENDANCE_MARKS.map((mark) => (
                  <label key={mark} className="flex items-center gap-2 text-sm">
                    <input type="radio" value={mark} {...form.register(`marks.${i}.status`)} />
                    {statuses(mark)}
                  </label>
                ))}
              </fieldset>
              {error ? <p id={errorId} className="mt-1 text-sm text-red-800">{error}</p> : null}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("save")}</Button>
        <Button variant="secondary" onClick={markRestPresent}>{t("restPresent")}</Button>
      </div>
    </form>
  );
}
