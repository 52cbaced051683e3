import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostingDescription } from "@/components/postings/posting-description";
import { postingPlainText } from "@/lib/postings/markdown";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BeforeYouApply } from "@/components/careers/before-you-apply";
import { publicDutyOf } from "@/lib/applicant-lists/duty";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { myPostingStatus } from "@/lib/applications/posting-status";
import { getCurrentUser } from "@/lib/auth/session";
import { findPublicConsortium, getOpenPosting, jobPostingJsonLd, safeJson } from "@/lib/careers/service";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { logoSrc } from "@/lib/members/logo-rules";
import { DEFAULT_PREVIEW_IMAGE } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale; slug: string; postingId: string }> };

async function load(slug: string, postingId: string) {
  const consortium = await findPublicConsortium(slug);
  const posting = consortium ? await getOpenPosting(consortium.id, postingId) : null;
  return consortium && posting ? { consortium, posting } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, postingId } = await params;
  const found = await load(slug, postingId);
  if (!found) return {};
  const { posting } = found;
  const description = postingPlainText(posting.description).slice(0, 200);
  const url = `${env.APP_URL}/${locale}/c/${slug}/jobs/${postingId}`;
  return {
    title: `${posting.title} – ${posting.employer.name}`,
    description,
    alternates: { canonical: url },
    openGraph: { title: posting.title, description, type: "article", url, siteName: found.consortium.name, locale, images: [DEFAULT_PREVIEW_IMAGE] },
  };
}

export default async function PublicPostingPage({ params }: Props) {
  const { locale, slug, postingId } = await params;
  setRequestLocale(locale);
  const found = await load(slug, postingId);
  if (!found) notFound();
  const { consortium, posting } = found;
  const t = await getTranslations("careers");
  const levels = await getTranslations("options.educationLevel");
  // The ad itself tells applicants what applying to a public employer means (offentleglova § 25; decision 0050).
  const duty = publicDutyOf(consortium.country, posting.employer.sector);
  const publicNote = duty ? (await getTranslations("applicantLists.career"))(duty === "applicantList" ? "list" : "publicDocument") : null;
  const url = `${env.APP_URL}/${locale}/c/${slug}/jobs/${postingId}`;
  const logo = logoSrc(slug, posting.employer);
  const user = await getCurrentUser();
  const mine = user ? await myPostingStatus(user.id, consortium.id, posting.id) : null;
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJson(jobPostingJsonLd(posting, consortium.country, url, logo && `${env.APP_URL}${logo}`)) }} />
      <p className="mb-2 text-sm">
        <Link href={`/c/${slug}/jobs`} className="text-brand-700 underline">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{posting.title}</h1>
      <p className="mt-1 text-lg">{posting.employer.name} · {posting.municipality}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h2 className="mb-2 text-xl font-semibold">{t("aboutRole")}</h2>
          <PostingDescription text={posting.description} />
        </div>
        <div className="space-y-4">
          <div className="rounded-lg border border-brand-600 bg-brand-50 p-4">
            {mine ? (
              <p role="status" className="mb-3 text-sm font-medium">
                {t(`mine.${mine.state}${mine.rank ? "Ranked" : "Unranked"}`, { rank: mine.rank ?? 0 })}
              </p>
            ) : null}
            <Link href={`/apply/${slug}?posting=${posting.id}`} className={buttonClass("primary")}>
              {mine ? (mine.rank ? t("openApplication") : t("addToApplication")) : t("apply")}
            </Link>
            <p className="mt-2 text-sm">{t("applyHint")}</p>
            {publicNote ? <p className="mt-2 text-sm">{publicNote}</p> : null}
          </div>
          <BeforeYouApply />
          <Card title={t("factsTitle")}>
            <dl className="space-y-2 text-sm">
              <div><dt className="text-muted">{t("deadlineLabel")}</dt><dd className="font-semibold">{formatDateTime(posting.campaign.closesAt, locale, consortium.timeZone)}</dd></div>
              <div><dt className="text-muted">{t("start")}</dt><dd>{formatDate(posting.campaign.cohort.startDate, locale)}</dd></div>
              <div><dt className="text-muted">{t("field")}</dt><dd>{posting.field}</dd></div>
              <div><dt className="text-muted">{t("educationLevel")}</dt><dd>{levels(posting.educationLevel)}</dd></div>
              <div><dt className="text-muted">{t("places")}</dt><dd>{posting.places}</dd></div>
            </dl>
          </Card>
          <Card title={t("employerTitle", { employer: posting.employer.name })}>
            {logo ? <img src={logo} alt={t("logoAlt", { employer: posting.employer.name })} className="mb-3 max-h-16" /> : null}
            {posting.employer.about ? <p className="text-sm">{posting.employer.about}</p> : null}
            <p className="mt-2 text-sm">{posting.employer.municipality}</p>
            {posting.employer.website ? (
              <p className="mt-2 text-sm">
                <a href={posting.employer.website} rel="noopener noreferrer" className="text-brand-700 underline">{t("website")}</a>
              </p>
            ) : null}
          </Card>
        </div>
      </div>
    </article>
  );
}
