import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import type { getListPosting } from "@/lib/applicant-lists/lists";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { ExemptionDecisionForm } from "./exemption-decision-form";

type Request = Awaited<ReturnType<typeof getListPosting>>["requests"][number];

/** A posting's requests to be left off its public list, each with its decision or the form to make it. */
export async function ExemptionRequests({ slug, requests, locked, locale, timeZone }: {
  slug: string;
  requests: Request[];
  /** The lists are published: nothing more is decided. */
  locked: boolean;
  locale: AppLocale;
  timeZone: string;
}) {
  const t = await getTranslations("applicantLists.requests");
  const at = (date: Date) => formatDateTime(date, locale, timeZone);
  return (
    <Card title={t("title")}>
      <p className="mb-4 text-sm">{t("lead")}</p>
      {requests.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
      <ul className="space-y-4">
        {requests.map((r) => (
          <li key={r.id} className="rounded-md border border-slate-200 p-4">
            <h3 className="font-semibold">{r.name}</h3>
            <p className="text-sm font-medium">{t(`status.${r.status}`)}{r.decidedAt ? ` · ${t("decidedAt", { date: at(r.decidedAt) })}` : ""}</p>
            {!r.onList ? <p className="text-sm text-muted">{t("notOnList")}</p> : null}
            <h4 className="mt-2 text-sm text-muted">{t("reason")}</h4>
            <p className="whitespace-pre-wrap text-sm">{r.reason}</p>
            {r.decisionNote ? (
              <>
                <h4 className="mt-2 text-sm text-muted">{t("note")}</h4>
                <p className="whitespace-pre-wrap text-sm">{r.decisionNote}</p>
              </>
            ) : null}
            {r.status === "REFUSED" && !r.answer && r.withdrawBy ? <p className="mt-2 text-sm">{t("withdrawBy", { date: at(r.withdrawBy) })}</p> : null}
            {r.answer ? <p className="mt-2 text-sm">{t(`answer.${r.answer}`)}</p> : null}
            {r.status === "PENDING" && !locked && r.onList ? (
              <div className="mt-3 border-t border-slate-200 pt-3">
                <ExemptionDecisionForm slug={slug} exemptionId={r.id} name={r.name} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
