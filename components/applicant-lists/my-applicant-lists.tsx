import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { keepOnListAction, withdrawFromPostingAction } from "@/lib/applicant-lists/actions";
import { canAnswer, type myListItems } from "@/lib/applicant-lists/answer";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Items = Awaited<ReturnType<typeof myListItems>>;

/**
 * The applicant's requests to be left off public lists and the decisions, with the answer to a
 * refusal while it is open, and the extended lists they are on. Nothing when there is neither.
 */
export async function MyApplicantLists({ slug, items, locale, timeZone, now = new Date() }: {
  slug: string;
  items: Items;
  locale: AppLocale;
  timeZone: string;
  now?: Date;
}) {
  if (!items.requests.length && !items.lists.length) return null;
  const t = await getTranslations("applicantLists.mine");
  const at = (date: Date) => formatDateTime(date, locale, timeZone);
  return (
    <Card id="applicant-lists" title={t("title")}>
      <p className="mb-4 text-sm">{t("lead")}</p>
      <ul className="space-y-4">
        {items.requests.map((r) => {
          const title = r.posting.title;
          const open = canAnswer({ ...r, published: Boolean(r.posting.applicantList) }, now);
          return (
            <li key={r.id} className="rounded-md border border-slate-200 p-4">
              <h3 className="font-semibold">{t("posting", { title, employer: r.posting.employer.name })}</h3>
              <p className="text-sm">{t(`status.${r.status}`)}</p>
              {r.decisionNote ? <p className="mt-1 whitespace-pre-wrap text-sm">{t("note", { note: r.decisionNote })}</p> : null}
              {r.answer ? <p className="mt-2 text-sm font-medium">{t(`answer.${r.answer}`)}</p> : null}
              {open && r.withdrawBy ? (
                <div className="mt-3 space-y-3">
                  <p className="text-sm font-medium">{t("answerLead", { date: at(r.withdrawBy) })}</p>
                  <div className="flex flex-wrap items-start gap-3">
                    <ActionButton
                      action={withdrawFromPostingAction}
                      args={[slug, { exemptionId: r.id }]}
                      variant="danger"
                      confirm={{ question: t("withdrawQuestion", { title }), yes: t("withdrawYes") }}
                    >
                      {t("withdraw")}
                    </ActionButton>
                    <ActionButton action={keepOnListAction} args={[slug, { exemptionId: r.id }]}>{t("keep")}</ActionButton>
                  </div>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {items.lists.length ? (
        <>
          <h3 className="mt-4 text-sm font-semibold">{t("lists")}</h3>
          <ul className="list-disc pl-6 text-sm">
            {items.lists.map((l) => (
              <li key={l.postingId}>
                <Link href={`/c/${slug}/me/applicant-lists/${l.postingId}`} className="text-brand-700 underline">
                  {t("listLink", { title: l.heading.title, employer: l.heading.employer, date: at(l.publishedAt) })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
