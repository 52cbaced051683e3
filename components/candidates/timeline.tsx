import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { TimelineEntry } from "@/lib/candidates/timeline";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

/** Audit actions the timeline words; a note's event is left out (the note itself is listed). */
const KNOWN = [
  "application.submit",
  "application.update",
  "application.withdraw",
  "application.stage",
  "application.emailed",
  "application.rate",
  "interview.invite",
  "interview.book",
  "interview.cancelled",
  "offer.make",
  "offer.accept",
  "offer.decline",
  "offer.withdraw",
  "listExemption.request",
  "listExemption.grant",
  "listExemption.refuse",
  "listExemption.withdrew",
  "listExemption.kept",
] as const;

/** The application's story, newest first: who did what and when, each mail with its text, the notes. */
export async function Timeline({ entries, locale, timeZone }: { entries: TimelineEntry[]; locale: AppLocale; timeZone: string }) {
  const t = await getTranslations("candidate.timeline");
  const stages = await getTranslations("stages");
  const shown = entries.filter((e) => e.kind !== "event" || e.action !== "application.note");
  const stage = (value: unknown) => (typeof value === "string" ? stages(value) : "–");
  const describe = (e: Extract<TimelineEntry, { kind: "event" }>) => {
    const action = (KNOWN as readonly string[]).includes(e.action) ? e.action.replace(".", "_") : "other";
    return t(`events.${action}`, {
      from: stage(e.data.from),
      to: stage(e.data.to),
      rating: String(e.data.rating ?? "–"),
      subject: typeof e.data.subject === "string" ? e.data.subject : "–",
      action: e.action,
    });
  };
  return (
    <Card title={t("title")}>
      {shown.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="space-y-3 text-sm">
          {shown.map((e) => (
            <li key={`${e.kind}-${e.id}`} className="border-l-2 border-slate-300 pl-3">
              <p className="text-xs text-muted">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale, timeZone)}</time>
                {e.kind !== "mail" && e.actor ? ` · ${e.actor}` : ""}
              </p>
              {e.kind === "event" ? <p>{describe(e)}</p> : null}
              {e.kind === "note" ? (
                <div>
                  <p className="font-medium">{t("note")}</p>
                  <p className="whitespace-pre-wrap">{e.body}</p>
                </div>
              ) : null}
              {e.kind === "mail" ? (
                <details>
                  <summary className="cursor-pointer">{t("mail", { subject: e.subject, to: e.to })}</summary>
                  <p className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-2">{e.text}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
