import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { countMySessions } from "@/lib/account/service";
import { requireUser } from "@/lib/auth/guards";
import { limitsOf } from "@/lib/auth/session-adapter";
import { formatDuration } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

/** The person's own page: who is signed in, for how long, and "sign out everywhere". */
export default async function AccountPage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser("/account");
  const t = await getTranslations("account");
  const [active, limits] = await Promise.all([countMySessions(user.id), limitsOf(user.id)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("lead", { email: user.email })} />
      <Card title={t("sessions.title")}>
        <p className="mb-2 max-w-2xl text-sm">{t("sessions.active", { count: active })}</p>
        <p className="mb-4 max-w-2xl text-sm text-muted">{t("sessions.limits", { idle: formatDuration(limits.idleMs, locale), absolute: formatDuration(limits.absoluteMs, locale) })}</p>
        <ActionButton
          action={signOutEverywhereAction}
          args={[{}]}
          variant="danger"
          then="/sign-in"
          confirm={{ question: t("sessions.confirm"), yes: t("sessions.signOutEverywhere") }}
        >
          {t("sessions.signOutEverywhere")}
        </ActionButton>
      </Card>
    </>
  );
}
