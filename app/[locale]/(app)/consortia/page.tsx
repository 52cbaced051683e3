import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { listMyMemberships } from "@/lib/consortia/service";
import { appDb } from "@/lib/db/client";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

export default async function ConsortiaPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ pick?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { pick } = await searchParams;
  const user = await requireUser("/consortia");
  const [memberships, me] = await Promise.all([
    listMyMemberships(user.id),
    appDb().user.findUnique({ where: { id: user.id }, select: { lastConsortiumId: true } }),
  ]);
  // Land straight in the one consortium, or the one chosen last time, unless asked to pick.
  const remembered = memberships.find((m) => m.consortiumId === me?.lastConsortiumId) ?? (memberships.length === 1 ? memberships[0] : undefined);
  if (remembered && pick !== "1") redirect({ href: `/c/${remembered.consortium.slug}`, locale });
  const t = await getTranslations("consortia");
  const roles = await getTranslations("roles");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead")}
        action={
          <Link href="/consortia/new" className={buttonClass("primary")}>
            {t("create")}
          </Link>
        }
      />
      {memberships.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {memberships.map((m) => (
            <li key={m.id}>
              <Link
                href={`/c/${m.consortium.slug}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
              >
                <span className="block font-semibold">{m.consortium.name}</span>
                <span className="text-sm text-muted">
                  {roles(m.role)}
                  {m.employer ? ` · ${m.employer.name}` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
