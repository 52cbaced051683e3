import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3">{t("body")}</p>
      <Link href="/" className={buttonClass("primary")}>
        {t("home")}
      </Link>
    </PublicShell>
  );
}
