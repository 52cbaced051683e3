import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { buttonClass } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const user = await getCurrentUser();
  return (
    <PublicShell>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">{t("lead")}</p>
      <ul className="mt-6 list-disc space-y-1 pl-6">
        <li>{t("pointRecruit")}</li>
        <li>{t("pointYear")}</li>
        <li>{t("pointOutcomes")}</li>
      </ul>
      {/* Signed in, the way on is one's consortia; "Sign in" would only confuse. */}
      <div className="mt-8 flex flex-wrap gap-3">
        {user ? (
          <Link href="/consortia" className={buttonClass("primary")}>
            {t("myConsortia")}
          </Link>
        ) : (
          <Link href="/sign-in" className={buttonClass("primary")}>
            {t("signIn")}
          </Link>
        )}
      </div>
    </PublicShell>
  );
}
