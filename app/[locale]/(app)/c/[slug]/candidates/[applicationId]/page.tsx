import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferCard } from "@/components/applications/offer-card";
import { ApplicationCard } from "@/components/candidates/application-card";
import { CandidateNav } from "@/components/candidates/candidate-nav";
import { NoteForm } from "@/components/candidates/notes-card";
import { StageCard } from "@/components/candidates/stage-card";
import { Timeline } from "@/components/candidates/timeline";
import { RatingForm } from "@/components/ratings/rating-form";
import { RatingsOfOthers } from "@/components/ratings/ratings-of-others";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { findNeighbours } from "@/lib/candidates/neighbours";
import { loadTimeline } from "@/lib/candidates/timeline";
import { localized } from "@/lib/i18n/localized";
import { pageTitle } from "@/lib/i18n/page-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { getOfferPanel } from "@/lib/offers/service";
import { reviewerOf } from "@/lib/ratings/reviewer";
import { getCandidate } from "@/lib/ratings/service";
import { NAMES_FROM_STAGE, movesFrom, nextStage, REVEALED } from "@/lib/review/service";
import { pseudonymsOf } from "@/lib/review/table";
import { orNull } from "@/lib/server/errors";

export const generateMetadata = pageTitle("candidate", "pageTitle");

type Props = {
  params: Promise<{ locale: AppLocale; slug: string; applicationId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export default async function CandidatePage({ params, searchParams }: Props) {
  const { locale, slug, applicationId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.rate");
  const query = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"));
  const reviewer = reviewerOf(ctx);
  const candidate = await orNull(scoped(ctx, (tx) => getCandidate(tx, reviewer, applicationId)));
  if (!candidate) notFound();
  const staff = ctx.can("application.note");
  const [neighbours, offers, timeline, pseudonym] = await scoped(ctx, (tx) =>
    Promise.all([
      findNeighbours(tx, reviewer, query, candidate.id, ctx.can("application.move")),
      ctx.can("offer.manage") ? getOfferPanel(tx, ctx.consortium.id, candidate.id) : null,
      staff ? loadTimeline(tx, ctx.consortium.id, candidate.id) : [],
      query.anon === "1" && ctx.can("application.move") ? pseudonymsOf(tx, ctx.consortium.id, candidate.campaignId, [candidate.id]) : null,
    ]),
  );
  const t = await getTranslations("ratings");
  const c = await getTranslations("candidate");
  const review = await getTranslations("review");
  const stages = await getTranslations("stages");
  const levels = await getTranslations("options.educationLevel");
  const a = candidate.applicant;
  // Opened from anonymised screening: the same pseudonym as the table until names are revealed.
  const hidden = pseudonym !== null && !REVEALED.includes(candidate.stage);
  const name = hidden ? review("anonymous", { number: pseudonym.get(candidate.id) ?? 0 }) : `${a.firstName} ${a.lastName}`;
  return (
    <>
      <CandidateNav slug={slug} neighbours={neighbours} query={query} />
      <PageHeader
        title={name}
        description={hidden ? `${a.field} · ${levels(a.educationLevel)}` : `${a.field} · ${levels(a.educationLevel)} · ${a.university} ${a.graduationYear}`}
      />
      {hidden ? <p className="mb-4 text-sm text-muted">{c("anonymisedNote", { stage: stages(NAMES_FROM_STAGE) })}</p> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          {ctx.can("application.move") ? (
            <StageCard slug={slug} applicationId={candidate.id} name={name} stageLabel={stages(candidate.stage)} moves={movesFrom(candidate.stage)} next={nextStage(candidate.stage)} />
          ) : (
            <p className="text-sm">{c("stageNow")} <strong>{stages(candidate.stage)}</strong></p>
          )}
          <ApplicationCard candidate={candidate} slug={slug} locale={locale} label={name} />
          {offers ? <OfferCard panel={offers} slug={slug} applicationId={candidate.id} candidate={name} locale={locale} /> : null}
        </div>
        <div className="space-y-6">
          <Card title={candidate.own ? (staff ? t("myRatingTitle") : t("yourRatingTitle")) : staff ? t("rateTitleStaff") : t("rateTitle")}>
            <RatingForm
              slug={slug}
              applicationId={candidate.id}
              criteria={candidate.criteria.map((cr) => ({ key: cr.key, label: localized(cr.label, locale) }))}
              defaults={candidate.own ? { scores: candidate.own.scores as Record<string, number>, rating: candidate.own.rating, comment: candidate.own.comment } : undefined}
            />
          </Card>
          <RatingsOfOthers candidate={candidate} />
          {staff ? (
            <Card title={c("notesTitle")}>
              <NoteForm slug={slug} applicationId={candidate.id} />
            </Card>
          ) : null}
        </div>
      </div>
      {staff ? (
        <div className="mt-6">
          <Timeline entries={timeline} locale={locale} timeZone={ctx.consortium.timeZone} />
        </div>
      ) : null}
    </>
  );
}
