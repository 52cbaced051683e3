import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ActionButton } from "@/components/ui/action-button";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { withdrawOfferAction } from "@/lib/offers/actions";
import type { getOfferPanel } from "@/lib/offers/service";
import { OfferForm } from "./offer-form";

type Panel = NonNullable<Awaited<ReturnType<typeof getOfferPanel>>>;

/** The coordinator's offers to one candidate: each with its message and answer-by date, the pending one withdrawable; a new one when allowed. */
export async function OfferCard({ panel, slug, applicationId, candidate, locale }: { panel: Panel; slug: string; applicationId: string; candidate: string; locale: AppLocale }) {
  const t = await getTranslations("offers");
  return (
    <Card title={t("title")}>
      {panel.offers.length ? (
        <ul className="mb-4 space-y-3 text-sm">
          {panel.offers.map((o) => (
            <li key={o.id} className="border-b border-slate-100 pb-2">
              {t("line", { title: o.posting.title, employer: o.employer.name, start: formatDate(o.startDate, locale) })}
              {" · "}
              <strong>{t(`status.${o.status}`)}</strong>
              {o.answerBy ? <span className="block text-muted">{t("answerByLine", { date: formatDate(o.answerBy, locale) })}</span> : null}
              {o.message ? <span className="mt-1 block whitespace-pre-wrap">{o.message}</span> : null}
              {o.status === "PENDING" ? (
                <div className="mt-2">
                  <ActionButton
                    action={withdrawOfferAction}
                    args={[slug, { offerId: o.id }]}
                    variant="danger"
                    confirm={{ question: t("withdrawQuestion", { name: candidate }), yes: t("withdrawYes") }}
                  >
                    {t("withdraw")}
                  </ActionButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {panel.offerable ? (
        <OfferForm slug={slug} applicationId={applicationId} postings={panel.postings} defaultStart={panel.defaultStart} candidate={candidate} />
      ) : (
        <p className="text-sm text-muted">{t("notOfferable")}</p>
      )}
    </Card>
  );
}
