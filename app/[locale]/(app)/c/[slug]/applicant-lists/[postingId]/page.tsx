import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExemptionRequests } from "@/components/applicant-lists/exemption-requests";
import { ListStatus } from "@/components/applicant-lists/list-status";
import { PageHeader } from "@/components/ui/page-header";
import { listActorOf } from "@/lib/applicant-lists/actor";
import { getListPosting } from "@/lib/applicant-lists/lists";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { orNull } from "@/lib/server/errors";

export const generateMetadata = pageTitle("applicantLists", "pageTitle");

/** One public posting: the requests to be left off its public list, and its lists. */
export default async function ApplicantListPostingPage({ params }: { params: Promise<{ locale: AppLocale; slug: string; postingId: string }> }) {
  const { locale, slug, postingId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "applicantList.manage");
  const page = await orNull(scoped(ctx, (tx) => getListPosting(tx, listActorOf(ctx), postingId)));
  if (!page) notFound();
  const t = await getTranslations("applicantLists");
  const zone = ctx.consortium.timeZone;
  return (
    <>
      <PageHeader
        title={page.posting.title}
        description={t("postingLead", { employer: page.posting.employer.name, deadline: formatDateTime(page.posting.campaign.closesAt, locale, zone) })}
        action={<Link href={`/c/${slug}/applicant-lists`} className="text-brand-700 underline">{t("back")}</Link>}
      />
      <div className="space-y-6">
        <ListStatus slug={slug} postingId={postingId} readiness={page.readiness} published={page.published} locale={locale} timeZone={zone} />
        <ExemptionRequests slug={slug} requests={page.requests} locked={Boolean(page.published)} locale={locale} timeZone={zone} />
      </div>
    </>
  );
}
