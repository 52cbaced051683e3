import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  return (
    <PublicShell>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">{t("lead")}</p>
      <ul className="mt-6 list-disc space-y-1 pl-6">
        <li>{t("pointRecruit")}</li>
        <li>{t("pointYear")}</li>
        <li>{t("pointOutcomes")}</li>
      </ul>
      <div className="mt-8 flex gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          {t("signIn")}
        </Link>
        <Link href="/consortia" className={buttonClass("secondary")}>
          {t("myConsortia")}
        </Link>
      </div>
    </PublicShell>
  );
}
