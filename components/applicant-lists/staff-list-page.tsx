import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { listActorOf } from "@/lib/applicant-lists/actor";
import type { ListKind } from "@/lib/applicant-lists/csv";
import { getPublishedList } from "@/lib/applicant-lists/lists";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import type { AppLocale } from "@/lib/i18n/routing";
import { orNull } from "@/lib/server/errors";
import { ListPrintPage } from "./list-print-page";

export type StaffListParams = { params: Promise<{ locale: AppLocale; slug: string; postingId: string }> };

/** A published list for the coordinator or the posting's own contact, ready to print (404 until published). */
export async function StaffListPage({ params, kind }: StaffListParams & { kind: ListKind }) {
  const { locale, slug, postingId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "applicantList.manage");
  const list = await orNull(scoped(ctx, (tx) => getPublishedList(tx, listActorOf(ctx), postingId)));
  if (!list) notFound();
  return (
    <ListPrintPage
      list={list}
      kind={kind}
      back={{ href: `/c/${slug}/applicant-lists/${postingId}`, label: list.heading.title }}
      csvHref={`/api/c/${slug}/applicant-lists/${postingId}/csv?list=${kind}`}
      locale={locale}
      consortium={ctx.consortium}
    />
  );
}
