import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferForm } from "@/components/applications/offer-form";
import { VideoEmbed } from "@/components/applications/video-embed";
import { RatingForm } from "@/components/ratings/rating-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getOfferPanel } from "@/lib/offers/service";
import { reviewerOf } from "@/lib/ratings/reviewer";
import { getCandidate } from "@/lib/ratings/service";
import { orNull } from "@/lib/server/errors";

export default async function CandidatePage({ params }: { params: Promise<{ locale: AppLocale; slug: string; applicationId: string }> }) {
  const { locale, slug, applicationId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.rate");
  const candidate = await orNull(scoped(ctx, (tx) => getCandidate(tx, reviewerOf(ctx), applicationId)));
  if (!candidate) notFound();
  const t = await getTranslations("ratings");
  const offerT = await getTranslations("offers");
  const offers = ctx.can("offer.manage") ? await scoped(ctx, (tx) => getOfferPanel(tx, ctx.consortium.id, candidate.id)) : null;
  const roles = await getTranslations("roles");
  const levels = await getTranslations("options.educationLevel");
  const ties = await getTranslations("options.tie");
  const a = candidate.applicant;
  return (
    <>
      <PageHeader
        title={`${a.firstName} ${a.lastName}`}
        description={`${a.field} · ${levels(a.educationLevel)} · ${a.university} ${a.graduationYear}`}
        action={<Link href={`/c/${slug}/candidates`} className="text-brand-700 underline">{t("back")}</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title={t("applicationTitle")}>
            <p className="text-sm">{t("tiesLine", { ties: a.ties.map((tie) => ties(tie)).join(", ") })}</p>
            <h3 className="mt-3 text-sm font-semibold">{t("postings")}</h3>
            <ol className="list-decimal pl-6 text-sm">
              {candidate.preferences.map((p) => <li key={p.rank}>{`${p.posting.title} – ${p.posting.employer.name}`}</li>)}
            </ol>
            <h3 className="mt-3 text-sm font-semibold">{t("video")}</h3>
            <VideoEmbed url={candidate.videoUrl} title={t("videoTitle", { name: `${a.firstName} ${a.lastName}` })} />
            {candidate.cvFileKey ? (
              <p className="mt-3 text-sm">
                <a href={`/api/c/${slug}/applications/${candidate.id}/cv`} className="text-brand-700 underline">{t("cv", { name: candidate.cvFileName ?? "cv.pdf" })}</a>
              </p>
            ) : null}
            {candidate.coverLetter ? <p className="mt-3 whitespace-pre-wrap text-sm">{candidate.coverLetter}</p> : null}
          </Card>
          {offers ? (
            <Card title={offerT("title")}>
              {offers.offers.length ? (
                <ul className="mb-4 space-y-1 text-sm">
                  {offers.offers.map((o) => (
                    <li key={o.id}>
                      {offerT("line", { title: o.posting.title, employer: o.employer.name, start: formatDate(o.startDate, locale) })}
                      {" · "}
                      <strong>{offerT(`status.${o.status}`)}</strong>
                    </li>
                  ))}
                </ul>
              ) : null}
              {offers.offerable ? (
                <OfferForm slug={slug} applicationId={candidate.id} postings={offers.postings} defaultStart={offers.defaultStart} />
              ) : (
                <p className="text-sm text-muted">{offerT("notOfferable")}</p>
              )}
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card title={candidate.own ? t("yourRatingTitle") : t("rateTitle")}>
            <RatingForm
              slug={slug}
              applicationId={candidate.id}
              criteria={candidate.criteria.map((c) => ({ key: c.key, label: localized(c.label, locale) }))}
              defaults={candidate.own ? { scores: candidate.own.scores as Record<string, number>, rating: candidate.own.rating, comment: candidate.own.comment } : undefined}
            />
          </Card>
          <Card title={t("othersTitle")}>
            {candidate.hiddenOthers > 0 ? (
              <p className="text-sm text-muted">{t("othersHidden", { count: candidate.hiddenOthers })}</p>
            ) : candidate.others.length === 0 ? (
              <p className="text-sm text-muted">{t("noOthers")}</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {candidate.others.map((e) => (
                  <li key={e.reviewerId} className="border-b border-slate-100 pb-2">
                    <span className="font-medium">{e.reviewer ? (e.reviewer.user.name ?? e.reviewer.user.email) : t("formerReviewer")}</span>
                    {e.reviewer ? <span className="text-muted">{` · ${roles(e.reviewer.role)}${e.reviewer.employer ? ` · ${e.reviewer.employer.name}` : ""}`}</span> : null}
                    <span className="block">{t("ratingLine", { rating: e.rating })}</span>
                    {e.comment ? <span className="block text-muted">{e.comment}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
