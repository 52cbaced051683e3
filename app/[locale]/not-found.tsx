import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { PublicShell } from "@/components/layout/public-shell";
import { buttonClass } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

/**
 * A page that is not there. Someone signed in keeps the app's header (their consortia, language,
 * sign-out) rather than landing on the public page; everyone else gets the public frame.
 */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  const user = await getCurrentUser();
  const body = (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3">{t("body")}</p>
      <Link href={user ? "/consortia" : "/"} className={buttonClass("primary")}>
        {user ? t("toConsortia") : t("home")}
      </Link>
    </>
  );
  if (!user) return <PublicShell>{body}</PublicShell>;
  return (
    <>
      <AppHeader userEmail={user.email} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {body}
      </main>
    </>
  );
}
