import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export default async function SignInErrorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { error } = await searchParams;
  const t = await getTranslations("signIn");
  return (
    <PublicShell>
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
        <Alert tone="error">{error === "Verification" ? t("errorVerification") : t("errorGeneric")}</Alert>
        <Link href="/sign-in" className={buttonClass("primary")}>
          {t("tryAgain")}
        </Link>
      </div>
    </PublicShell>
  );
}
