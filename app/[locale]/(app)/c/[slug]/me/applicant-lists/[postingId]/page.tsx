import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListPrintPage } from "@/components/applicant-lists/list-print-page";
import { getListForApplicant } from "@/lib/applicant-lists/lists";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { pageTitle } from "@/lib/i18n/page-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { orNull } from "@/lib/server/errors";

export const generateMetadata = pageTitle("applicantLists.document", "extendedTitle");

/** The extended list of a posting, for the people on it (forvaltningslovforskriften § 15); 404 for anyone else. */
export default async function MyExtendedListPage({ params }: { params: Promise<{ locale: AppLocale; slug: string; postingId: string }> }) {
  const { locale, slug, postingId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "application.read.own");
  const list = await orNull(scoped(ctx, (tx) => getListForApplicant(tx, ctx.consortium.id, ctx.user.id, postingId)));
  if (!list) notFound();
  const t = await getTranslations("applicantLists.mine");
  return <ListPrintPage list={list} kind="extended" back={{ href: `/c/${slug}/me#applicant-lists`, label: t("back") }} locale={locale} consortium={ctx.consortium} />;
}
