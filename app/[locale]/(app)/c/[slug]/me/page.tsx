import { getTranslations, setRequestLocale } from "next-intl/server";
import { MyApplicantLists } from "@/components/applicant-lists/my-applicant-lists";
import { DeleteMyData } from "@/components/applications/delete-my-data";
import { OfferResponse } from "@/components/applications/offer-response";
import { ApplicationVideo } from "@/components/videos/application-video";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { myListItems } from "@/lib/applicant-lists/answer";
import { withdrawApplicationAction } from "@/lib/applications/actions";
import { getMyApplications } from "@/lib/applications/mine";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { erasureDate } from "@/lib/retention/rules";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ sent?: string; updated?: string }> };

const WITHDRAWABLE = ["SUBMITTED", "SCREENING", "SHORTLISTED", "INTERVIEW"];

/** The applicant's own page: each application and where it stands, and their data. */
export const generateMetadata = pageTitle("pageTitles", "me");

export default async function MyApplicationsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.read.own");
  const { sent, updated } = await searchParams;
  const [{ applicant, drafts }, lists] = await scoped(ctx, (tx) =>
    Promise.all([getMyApplications(tx, ctx.consortium.id, ctx.user.id), myListItems(tx, ctx.consortium.id, ctx.user.id)]),
  );
  const t = await getTranslations("me");
  const stages = await getTranslations("stages");
  const next = await getTranslations("dashboard.applicant.next");
  const zone = ctx.consortium.timeZone;
  const now = new Date();
  const applications = applicant?.applications ?? [];
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { consortium: ctx.consortium.name })} />
      {/* Only a first sending mails a confirmation (lib/applications/service.ts); changes say so. */}
      {sent || updated ? <div className="mb-6"><Alert tone="success">{sent ? t("sent") : t("updated")}</Alert></div> : null}
      <div className="space-y-6">
        {drafts.map((d) => (
          <Card key={d.campaignId} title={t("draftTitle", { cohort: d.campaign.cohort.name })}>
            <p className="text-sm">{t("draftLead", { saved: formatDateTime(d.updatedAt, locale, zone), deadline: formatDateTime(d.campaign.closesAt, locale, zone) })}</p>
            {d.campaign.closesAt > now ? (
              <p className="mt-3"><Link href={`/c/${slug}/apply`} className="text-brand-700 underline">{t("continue")}</Link></p>
            ) : null}
          </Card>
        ))}
        {applications.length === 0 && drafts.length === 0 ? (
          <EmptyState>
            {t("empty")} <Link href={`/c/${slug}/jobs`} className="text-brand-700 underline">{t("careerPage")}</Link>
          </EmptyState>
        ) : null}
        {applications.map((a) => {
          const open = a.campaign.closesAt > now && a.campaign.opensAt <= now;
          const pendingOffer = a.offers.find((o) => o.status === "PENDING");
          const withdrawnOffer = !pendingOffer && a.offers[0]?.status === "WITHDRAWN" && a.offers[0].withdrawnAt ? a.offers[0] : null;
          return (
            <Card key={a.id} title={t("applicationTitle", { cohort: a.campaign.cohort.name })}>
              <p>{t("stage")}: <strong>{stages(a.stage)}</strong></p>
              <p className="text-sm text-muted">{next(a.stage)}</p>
              <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
                {a.submittedAt ? <div><dt className="text-muted">{t("submittedAt")}</dt><dd>{formatDateTime(a.submittedAt, locale, zone)}</dd></div> : null}
                <div><dt className="text-muted">{t("deadline")}</dt><dd>{formatDateTime(a.campaign.closesAt, locale, zone)}</dd></div>
                {a.stage !== "HIRED" ? (
                  <div className="sm:col-span-2"><dt className="text-muted">{t("retention")}</dt><dd>{formatDate(erasureDate(a.campaign.closesAt, ctx.consortium.retentionMonths, applicant?.talentPoolExpiresAt), locale)}</dd></div>
                ) : null}
              </dl>
              {a.interviewSlot ? (
                <p className="mt-3 text-sm">{t("interviewBooked", { at: formatDateTime(a.interviewSlot.startsAt, locale, zone) })}</p>
              ) : null}
              {a.stage === "INTERVIEW" ? (
                <p className="mt-2 text-sm"><Link href={`/c/${slug}/me/interview`} className="text-brand-700 underline">{a.interviewSlot ? t("changeInterview") : t("pickInterview")}</Link></p>
              ) : null}
              {pendingOffer ? (
                <div className="mt-4 rounded-md border border-brand-600 p-4">
                  <h3 className="font-semibold">{t("offerTitle", { employer: pendingOffer.employer.name })}</h3>
                  <p className="text-sm">{t("offerLine", { title: pendingOffer.posting.title, start: formatDate(pendingOffer.startDate, locale) })}</p>
                  {pendingOffer.answerBy ? <p className="text-sm font-medium">{t("offerAnswerBy", { date: formatDate(pendingOffer.answerBy, locale) })}</p> : null}
                  {pendingOffer.message ? <p className="mt-2 whitespace-pre-wrap text-sm">{pendingOffer.message}</p> : null}
                  <div className="mt-3"><OfferResponse slug={slug} offerId={pendingOffer.id} /></div>
                </div>
              ) : null}
              {withdrawnOffer ? (
                <p className="mt-4 rounded-md border border-slate-300 p-3 text-sm">
                  {t("offerWithdrawn", { employer: withdrawnOffer.employer.name, title: withdrawnOffer.posting.title })}
                </p>
              ) : null}
              <h3 className="mt-4 text-sm font-semibold">{t("preferences")}</h3>
              <ol className="list-decimal pl-6 text-sm">
                {a.preferences.map((p) => <li key={p.rank}>{`${p.posting.title} – ${p.posting.employer.name}`}</li>)}
              </ol>
              <h3 className="mt-4 text-sm font-semibold">{t("video")}</h3>
              <ApplicationVideo slug={slug} application={a} title={t("videoTitle")} summaryLabel={t("videoSummary")} />
              {a.cvFileKey ? (
                <p className="mt-3 text-sm">
                  <a href={`/api/c/${slug}/applications/${a.id}/cv`} className="text-brand-700 underline">{t("cv", { name: a.cvFileName ?? "cv.pdf" })}</a>
                </p>
              ) : null}
              {a.coverLetter ? (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer text-brand-700">{t("coverLetter")}</summary>
                  <p className="mt-2 whitespace-pre-wrap">{a.coverLetter}</p>
                </details>
              ) : null}
              <div className="mt-4 flex flex-wrap items-start gap-3">
                {open && (WITHDRAWABLE.includes(a.stage) || a.stage === "WITHDRAWN") ? (
                  <Link href={`/c/${slug}/apply`} className="inline-flex rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold">
                    {a.stage === "WITHDRAWN" ? t("applyAgain") : t("edit")}
                  </Link>
                ) : null}
                {WITHDRAWABLE.includes(a.stage) ? (
                  <ActionButton
                    action={withdrawApplicationAction}
                    args={[slug, { campaignId: a.campaign.id }]}
                    variant="danger"
                    confirm={{ question: t("withdrawQuestion"), yes: t("withdrawYes") }}
                  >
                    {t("withdraw")}
                  </ActionButton>
                ) : null}
                {/* A recorded video can go at once with the withdrawal, when the applicant chooses so (decision 0047). */}
                {WITHDRAWABLE.includes(a.stage) && a.videoFileKey ? (
                  <ActionButton
                    action={withdrawApplicationAction}
                    args={[slug, { campaignId: a.campaign.id, eraseVideo: true }]}
                    variant="danger"
                    confirm={{ question: t("withdrawEraseQuestion"), yes: t("withdrawErase") }}
                  >
                    {t("withdrawErase")}
                  </ActionButton>
                ) : null}
              </div>
            </Card>
          );
        })}
        <MyApplicantLists slug={slug} items={lists} locale={locale} timeZone={zone} now={now} />
        <Card title={t("dataTitle")}>
          {applicant ? (
            <dl className="mb-4 grid gap-2 text-sm sm:grid-cols-2">
              <div><dt className="text-muted">{t("consentProcessing")}</dt><dd>{applicant.processingConsentAt ? formatDateTime(applicant.processingConsentAt, locale, zone) : "–"}</dd></div>
              <div>
                <dt className="text-muted">{t("consentTalentPool")}</dt>
                <dd>{applicant.talentPoolExpiresAt && applicant.talentPoolExpiresAt > now ? t("talentPoolUntil", { date: formatDate(applicant.talentPoolExpiresAt, locale) }) : t("talentPoolNone")}</dd>
              </div>
            </dl>
          ) : null}
          <p className="text-sm">{t("dataLead")}</p>
          <p className="mt-3">
            <a href={`/api/c/${slug}/me/export`} className="text-brand-700 underline" download>{t("export")}</a>
          </p>
          <h3 className="mt-6 text-sm font-semibold">{t("deleteTitle")}</h3>
          <p className="mb-3 text-sm">{t("deleteLead")}</p>
          <DeleteMyData slug={slug} />
        </Card>
      </div>
    </>
  );
}
