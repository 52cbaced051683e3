import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

interface AppHeaderProps {
  consortium?: { name: string; slug: string };
  roleLabel?: string;
  userEmail?: string;
  nav?: ReactNode;
}

/** Consortium, role, language and sign-out: the same header on every signed-in page. */
export async function AppHeader({ consortium, roleLabel, userEmail, nav }: AppHeaderProps) {
  const t = await getTranslations("nav");
  const app = await getTranslations("app");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/consortia" className="text-lg font-bold text-brand-700">
            {app("name")}
          </Link>
          {consortium ? (
            <span className="text-sm">
              <span className="font-semibold">{consortium.name}</span>
              {roleLabel ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-muted">{roleLabel}</span> : null}
            </span>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {/* On a phone the address would take a line of its own: a short link to the account instead. */}
          {userEmail ? (
            <Link href="/account" className="text-sm text-muted underline decoration-slate-300 underline-offset-2 hover:text-brand-700">
              <span className="lg:hidden">{t("account")}</span>
              <span className="hidden lg:inline">{t("signedInAs", { email: userEmail })}</span>
            </Link>
          ) : null}
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
      {nav ? (
        <nav aria-label={t("main")} className="mx-auto max-w-6xl px-4 pb-2">
          {nav}
        </nav>
      ) : null}
    </header>
  );
}
