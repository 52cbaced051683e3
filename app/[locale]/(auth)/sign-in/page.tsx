import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PublicShell } from "@/components/layout/public-shell";
import { callbackPath } from "@/lib/auth/schemas";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string; email?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, email } = await searchParams;
  const safeCallback = callbackPath.safeParse(callbackUrl);
  const t = await getTranslations("signIn");
  return (
    <PublicShell>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mb-6 mt-2 text-muted">{t("lead")}</p>
        <SignInForm callbackUrl={safeCallback.success ? safeCallback.data : undefined} defaultEmail={email} />
      </div>
    </PublicShell>
  );
}
