import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { publishListsAction } from "@/lib/applicant-lists/actions";
import type { Readiness } from "@/lib/applicant-lists/readiness";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

/** Where a posting's lists stand: published (with the lists and their CSV), or what is still open. */
export async function ListStatus({ slug, postingId, readiness, published, locale, timeZone }: {
  slug: string;
  postingId: string;
  readiness: Readiness;
  published: { publishedAt: Date; total: number } | null;
  locale: AppLocale;
  timeZone: string;
}) {
  const t = await getTranslations("applicantLists.status");
  const at = (date: Date) => formatDateTime(date, locale, timeZone);
  const base = `/c/${slug}/applicant-lists/${postingId}`;
  if (published) {
    const csv = (kind: "public" | "extended") => `/api/c/${slug}/applicant-lists/${postingId}/csv?list=${kind}`;
    return (
      <Card title={t("title")}>
        <p className="mb-3 text-sm">{t("publishedLead", { date: at(published.publishedAt), count: published.total })}</p>
        <ul className="space-y-2 text-sm">
          {(["public", "extended"] as const).map((kind) => (
            <li key={kind} className="flex flex-wrap gap-x-4 gap-y-1">
              <Link href={`${base}/${kind}`} className="text-brand-700 underline">{t(kind)}</Link>
              <a href={csv(kind)} className="text-brand-700 underline" download>{t("csv", { list: t(kind) })}</a>
            </li>
          ))}
        </ul>
      </Card>
    );
  }
  return (
    <Card title={t("title")}>
      {readiness.ready ? (
        <p className="mb-3 text-sm">{t("ready")}</p>
      ) : (
        <>
          <p className="text-sm font-medium">{t("open")}</p>
          <ul className="mb-3 list-disc pl-6 text-sm">
            {!readiness.deadlinePassed ? <li>{t("deadline", { date: at(readiness.closesAt) })}</li> : null}
            {readiness.undecided ? <li>{t("undecided", { count: readiness.undecided })}</li> : null}
            {readiness.awaitingAnswer && readiness.awaitingUntil ? <li>{t("awaiting", { count: readiness.awaitingAnswer, date: at(readiness.awaitingUntil) })}</li> : null}
          </ul>
        </>
      )}
      {readiness.ready ? (
        <ActionButton action={publishListsAction} args={[slug, { postingId }]} variant="primary" confirm={{ question: t("publishQuestion"), yes: t("publishYes") }}>
          {t("publish")}
        </ActionButton>
      ) : null}
    </Card>
  );
}
