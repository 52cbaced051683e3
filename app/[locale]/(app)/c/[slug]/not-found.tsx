import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/**
 * Something inside the consortium that is not there (or not the person's to see): said inside the
 * app's own frame, with its menu, instead of the public page.
 */
export default async function TenantNotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3">{t("inApp")}</p>
      <Link href="/consortia" className={buttonClass("secondary")}>
        {t("toConsortia")}
      </Link>
    </div>
  );
}
