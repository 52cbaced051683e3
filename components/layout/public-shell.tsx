import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

/** Header and main landmark for pages seen before signing in. */
export async function PublicShell({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-brand-700">
            {t("name")}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-10">
        {children}
      </main>
    </>
  );
}
