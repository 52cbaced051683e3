import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getCurrentUser } from "@/lib/auth/session";
import { getTenantContext } from "@/lib/auth/tenant-context";
import { findPublicConsortium } from "@/lib/careers/service";
import { Link } from "@/lib/i18n/navigation";

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> };

/** The consortium's public career site: no sign-in, readable without JavaScript. */
export default async function CareerLayout({ children, params }: Props) {
  const { locale, slug } = await params;
  const consortium = await findPublicConsortium(slug);
  if (!consortium) notFound();
  const t = await getTranslations("careers");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link href={`/c/${slug}/jobs`} className="text-lg font-bold text-brand-700">
            {t("siteTitle", { consortium: consortium.name })}
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <AccountLink slug={slug} locale={locale} />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}

/** The way back for someone who has applied: sign in, or straight to their applications. */
async function AccountLink({ slug, locale }: { slug: string; locale: string }) {
  const t = await getTranslations("careers.account");
  const user = await getCurrentUser();
  const link = "text-sm font-medium text-brand-700 underline";
  // Back to the career page: "My applications" would be a 404 for someone who has not applied here.
  if (!user) {
    return <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/c/${slug}/jobs` } }} className={link}>{t("signIn")}</Link>;
  }
  const ctx = await getTenantContext(slug);
  if (ctx?.can("application.read.own")) return <Link href={`/c/${slug}/me`} className={link}>{t("myApplications")}</Link>;
  if (ctx) return <Link href={`/c/${slug}`} className={link}>{t("openConsortium")}</Link>;
  return <Link href="/consortia" className={link}>{t("myConsortia")}</Link>;
}
