import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RatingForm } from "@/components/ratings/rating-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
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
  const roles = await getTranslations("roles");
  const levels = await getTranslations("options.educationLevel");
  const ties = await getTranslations("options.tie");
  const label = (c: { label: Record<string, string> }) => c.label[locale] ?? c.label.en ?? Object.values(c.label)[0] ?? "";
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
            {candidate.videoUrl?.startsWith("https://") ? (
              <p className="mt-3 text-sm">
                <a href={candidate.videoUrl} rel="noopener noreferrer" target="_blank" className="text-brand-700 underline">{t("video")}</a>
              </p>
            ) : null}
            {candidate.coverLetter ? <p className="mt-3 whitespace-pre-wrap text-sm">{candidate.coverLetter}</p> : null}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={candidate.own ? t("yourRatingTitle") : t("rateTitle")}>
            <RatingForm
              slug={slug}
              applicationId={candidate.id}
              criteria={candidate.criteria.map((c) => ({ key: c.key, label: label(c) }))}
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
