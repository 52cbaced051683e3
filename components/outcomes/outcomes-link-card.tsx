import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/** The way from a home dashboard to the outcome dashboard and the board report. */
export async function OutcomesLinkCard({ slug }: { slug: string }) {
  const t = await getTranslations("outcomes");
  return (
    <section aria-labelledby="home-outcomes" className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="max-w-2xl">
        <h2 id="home-outcomes" className="text-lg font-semibold">
          {t("homeTitle")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("homeLead")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={`/c/${slug}/outcomes`} className={buttonClass("primary")}>
          {t("homeLink")}
        </Link>
        <Link href={`/c/${slug}/outcomes/report`} className={buttonClass("secondary")}>
          {t("openReport")}
        </Link>
      </div>
    </section>
  );
}
