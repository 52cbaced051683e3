import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDay } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { setAlumniConsentAction } from "@/lib/surveys/actions";
import { getAlumniConsent } from "@/lib/surveys/consent";
import { hasAlumniConsent } from "@/lib/surveys/timing";
import { ActionButton } from "../ui/action-button";

/**
 * The trainee's consent to be contacted after the programme (the surveys a year and three years
 * on), apart from the application's consent: where it stands, and one button to give or withdraw it.
 */
export async function AlumniConsent({ slug, locale }: { slug: string; locale: AppLocale }) {
  const ctx = await requireTenant(slug, "trainee.self");
  const consent = await scoped(ctx, (tx) => getAlumniConsent(tx, ctx.consortium.id, ctx.user.id));
  if (!consent) return null;
  const t = await getTranslations("alumni");
  const day = (date: Date) => formatDay(date, locale, ctx.consortium.timeZone);
  const given = hasAlumniConsent(consent);
  return (
    <div className="mt-4 space-y-3">
      <p className="text-sm text-muted">{t("explain")}</p>
      <p className="font-medium">
        {given
          ? t("given", { date: day(consent.alumniConsentAt!) })
          : consent.alumniConsentWithdrawnAt
            ? t("withdrawn", { date: day(consent.alumniConsentWithdrawnAt) })
            : t("none")}
      </p>
      {given ? (
        <ActionButton action={setAlumniConsentAction} args={[slug, { consent: false }]} confirm={{ question: t("withdrawConfirm"), yes: t("withdraw") }}>
          {t("withdraw")}
        </ActionButton>
      ) : (
        <ActionButton action={setAlumniConsentAction} args={[slug, { consent: true }]} variant="primary">
          {t("give")}
        </ActionButton>
      )}
    </div>
  );
}
