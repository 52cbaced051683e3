import { getTranslations } from "next-intl/server";
import { CheckInTable, type CheckInRow } from "@/components/checkins/check-in-table";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

/** The coordinator's to-do of check-ins: overdue ones and those due in the next 30 days. */
export async function CheckInsCard({ due, today, slug, locale }: { due: CheckInRow[]; today: Date; slug: string; locale: AppLocale }) {
  const t = await getTranslations("dashboard.checkIns");
  return (
    <Card
      title={t("title")}
      action={
        <Link href={`/c/${slug}/check-ins`} className={buttonClass("secondary")}>
          {t("all")}
        </Link>
      }
    >
      {due.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <CheckInTable rows={due} caption={t("title")} slug={slug} locale={locale} today={today} kind="open" variant="plain" />
      )}
    </Card>
  );
}
