import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostingActions } from "@/components/postings/posting-actions";
import { PostingDescription } from "@/components/postings/posting-description";
import { PostingForm } from "@/components/postings/posting-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { LISTED_STATUSES } from "@/lib/applicant-lists/actor";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { postingActorOf } from "@/lib/postings/actor";
import { canTransition } from "@/lib/postings/rules";
import { getPosting } from "@/lib/postings/service";
import { orNull } from "@/lib/server/errors";

export const generateMetadata = pageTitle("postings", "pageTitle");

export default async function PostingPage({ params }: { params: Promise<{ locale: AppLocale; slug: string; postingId: string }> }) {
  const { locale, slug, postingId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "posting.create");
  const posting = await orNull(scoped(ctx, (tx) => getPosting(tx, postingActorOf(ctx), postingId)));
  if (!posting) notFound();
  const t = await getTranslations("postings");
  const statuses = await getTranslations("postingStatus");
  const levels = await getTranslations("options.educationLevel");
  const review = ctx.can("posting.approve");
  // Drafts and returned postings are edited by their poster; approved and published ones by the coordinator.
  const published = review && canTransition(posting.status, "editPublished");
  const editable = canTransition(posting.status, "edit") || published;
  const tz = ctx.consortium.timeZone;
  // A Norwegian public member's posting that took applications has its applicant lists (decision 0050).
  const hasLists = ctx.can("applicantList.manage") && posting.employer.sector === "PUBLIC" && ctx.consortium.country === "NO" && (LISTED_STATUSES as readonly string[]).includes(posting.status);
  const lists = hasLists ? (await getTranslations("applicantLists"))("title") : null;
  return (
    <>
      <PageHeader
        title={posting.title}
        description={`${posting.employer.name} · ${statuses(posting.status)}`}
        action={<Link href={`/c/${slug}/postings`} className="text-brand-700 underline">{t("back")}</Link>}
      />
      <div className="space-y-6">
        {posting.status === "RETURNED" && posting.reviewComment ? (
          <Alert tone="info">{t("returnedWith", { comment: posting.reviewComment })}</Alert>
        ) : null}
        <Card title={t("statusTitle")}>
          <p className="mb-4 text-sm">
            {t(`statusHelp.${posting.status}`, {
              opens: formatDateTime(posting.campaign.opensAt, locale, tz),
              closes: formatDateTime(posting.campaign.closesAt, locale, tz),
            })}
          </p>
          {posting.status === "PUBLISHED" ? (
            <p className="mb-4 text-sm">
              <Link href={`/c/${slug}/jobs/${posting.id}`} className="text-brand-700 underline">{t("viewPublic")}</Link>
            </p>
          ) : null}
          {lists ? (
            <p className="mb-4 text-sm">
              <Link href={`/c/${slug}/applicant-lists/${posting.id}`} className="text-brand-700 underline">{lists}</Link>
            </p>
          ) : null}
          <PostingActions
            slug={slug}
            postingId={posting.id}
            canSubmit={canTransition(posting.status, "submit")}
            canReview={review && canTransition(posting.status, "approve")}
            canClose={review && canTransition(posting.status, "close")}
          />
        </Card>
        {editable ? (
          <Card title={published ? t("editPublishedTitle") : t("editTitle")}>
            {published ? <p className="mb-4 text-sm text-muted">{t("editPublishedHint")}</p> : null}
            <PostingForm
              slug={slug}
              campaigns={[]}
              postingId={posting.id}
              published={published}
              defaults={{
                campaignId: posting.campaignId,
                employerId: posting.employerId,
                title: posting.title,
                description: posting.description,
                field: posting.field,
                educationLevel: posting.educationLevel,
                municipality: posting.municipality,
                places: posting.places,
              }}
            />
          </Card>
        ) : (
          <Card title={t("detailsTitle")}>
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div><dt className="text-muted">{t("form.field")}</dt><dd>{posting.field}</dd></div>
              <div><dt className="text-muted">{t("form.educationLevel")}</dt><dd>{levels(posting.educationLevel)}</dd></div>
              <div><dt className="text-muted">{t("form.municipality")}</dt><dd>{posting.municipality}</dd></div>
              <div><dt className="text-muted">{t("form.places")}</dt><dd>{posting.places}</dd></div>
            </dl>
            <PostingDescription text={posting.description} className="mt-4 text-sm" />
          </Card>
        )}
      </div>
    </>
  );
}
