"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { checkImportAction, runImportAction } from "@/lib/import/actions";
import { IMPORT_MAX_BYTES } from "@/lib/import/schemas";
import type { ImportReport } from "@/lib/import/service";
import { Link } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/server/errors";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Card } from "../ui/card";
import { ImportProblems, ImportSummaryTable } from "./import-report";

type Part = "trainees" | "campaigns";
type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Choose the files, check them (a dry run listing every problem), then import the same File
 * objects, which the page keeps. Choosing another file throws the last check away, so "Import"
 * only ever writes files that were checked clean.
 */
export function ImportForm({ slug, links }: { slug: string; links: { cohorts: string; outcomes: string | null } }) {
  const t = useTranslations("import");
  const all = useTranslations();
  const id = useId();
  const [files, setFiles] = useState<Partial<Record<Part, File>>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [outcome, setOutcome] = useState<"done" | "unchanged" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"check" | "run" | null>(null);

  const choose = (part: Part, file: File | undefined) => {
    setReport(null);
    setOutcome(null);
    setError(null);
    setFiles((current) => ({ ...current, [part]: file }));
  };
  const formData = () => {
    const data = new FormData();
    data.set("trainees", files.trainees!);
    if (files.campaigns) data.set("campaigns", files.campaigns);
    return data;
  };
  const describe = (failure: Failure) => {
    const [part, key] = Object.entries(failure.fieldErrors ?? {}).find(([name]) => name === "trainees" || name === "campaigns") ?? [];
    const message = all(key ?? `errors.${failure.error}`);
    const text = part ? t("form.fileError", { file: t(`files.${part as Part}`), message }) : message;
    return failure.requestId ? `${text} ${all("errors.reference", { id: failure.requestId })}` : text;
  };
  const send = async (step: "check" | "run") => {
    setBusy(step);
    setError(null);
    setOutcome(null);
    try {
      const result = await (step === "check" ? checkImportAction : runImportAction)(slug, formData());
      if (result.ok) {
        setReport(result.data);
        if (step === "run") setOutcome(Object.values(result.data.summary).some((c) => c.new + c.changed > 0) ? "done" : "unchanged");
        return;
      }
      setError(describe(result));
      // Something changed since the check: check again, so the table names the rows.
      if (result.error === "importInvalid") {
        const again = await checkImportAction(slug, formData());
        setReport(again.ok ? again.data : null);
      } else setReport(null);
    } catch {
      setError(all("errors.network"));
    } finally {
      setBusy(null);
    }
  };
  const clean = report !== null && report.errors.length === 0;
  // Refused here already, to spare the upload; the server checks the size again.
  const tooLarge = (["trainees", "campaigns"] as Part[]).find((part) => (files[part]?.size ?? 0) > IMPORT_MAX_BYTES);

  return (
    <div className="space-y-6">
      <Card title={t("form.title")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["trainees", "campaigns"] as Part[]).map((part) => (
            <div key={part}>
              <label htmlFor={`${id}-${part}`} className="block text-sm font-medium">{t(`form.${part}`)}</label>
              <p id={`${id}-${part}-hint`} className="text-xs text-muted">{t(`form.${part}Hint`)}</p>
              <input
                id={`${id}-${part}`}
                type="file"
                accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                required={part === "trainees"}
                aria-describedby={`${id}-${part}-hint`}
                disabled={busy !== null}
                className="mt-1 block w-full text-sm"
                onChange={(e) => choose(part, e.target.files?.[0])}
              />
            </div>
          ))}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => void send("check")} disabled={!files.trainees || busy !== null || Boolean(tooLarge)}>
            {busy === "check" ? t("form.checking") : t("form.check")}
          </Button>
          <Button onClick={() => void send("run")} disabled={!clean || busy !== null || outcome !== null} aria-describedby={`${id}-run-hint`}>
            {busy === "run" ? t("form.running") : t("form.run")}
          </Button>
          <p id={`${id}-run-hint`} className="text-xs text-muted">{t("form.runHint")}</p>
        </div>
        <div className="mt-4 space-y-3" aria-live="polite">
          {tooLarge ? <Alert tone="error">{t("form.fileError", { file: t(`files.${tooLarge}`), message: t("form.tooLarge") })}</Alert> : null}
          {error ? <Alert tone="error">{error}</Alert> : null}
          {outcome ? (
            <Alert tone="success">
              <p>{t(outcome)}</p>
              <p className="mt-2 flex flex-wrap gap-3">
                <Link href={links.cohorts} className={buttonClass("ghost")}>{t("toCohorts")}</Link>
                {links.outcomes ? <Link href={links.outcomes} className={buttonClass("ghost")}>{t("toOutcomes")}</Link> : null}
              </p>
            </Alert>
          ) : null}
        </div>
      </Card>
      {report ? (
        <>
          <ImportSummaryTable report={report} />
          <ImportProblems report={report} />
        </>
      ) : null}
    </div>
  );
}
