import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { devMailboxEnabled } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

export default async function CheckEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ email?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email } = await searchParams;
  const t = await getTranslations("signIn");
  return (
    <PublicShell>
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("checkTitle")}</h1>
        <p>{email ? t("checkBodyTo", { email }) : t("checkBody")}</p>
        <p className="text-sm text-muted">{t("checkExpiry")}</p>
        {devMailboxEnabled() ? (
          <p>
            <Link href={{ pathname: "/dev/mailbox", query: email ? { to: email } : {} }} className="text-brand-700 underline">
              {t("openDevMailbox")}
            </Link>
          </p>
        ) : null}
        <p>
          <Link href="/sign-in" className="text-brand-700 underline">
            {t("tryAgain")}
          </Link>
        </p>
      </div>
    </PublicShell>
  );
}
