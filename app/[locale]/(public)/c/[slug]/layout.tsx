import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { findPublicConsortium } from "@/lib/careers/service";
import { Link } from "@/lib/i18n/navigation";

/** The consortium's public career site: no sign-in, readable without JavaScript. */
export default async function CareerLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const consortium = await findPublicConsortium(slug);
  if (!consortium) notFound();
  const t = await getTranslations("careers");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href={`/c/${slug}/jobs`} className="text-lg font-bold text-brand-700">
            {t("siteTitle", { consortium: consortium.name })}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
