import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { callbackPath } from "@/lib/auth/schemas";
import { Link } from "@/lib/i18n/navigation";
import { email as emailSchema } from "@/lib/validation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  // The URL holds a sign-in token: not for search engines, and not passed on to other sites
  // ("no-referrer" would also blank the Origin of the button's POST, which the callback checks).
  return { title: t("linkTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * Where the sign-in mail's link leads. Opening it signs nobody in: a mail scanner that fetches it
 * uses nothing up. The person's own click on "Sign in" posts the token to the email callback.
 */
export default async function SignInLinkPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, email, callbackUrl } = await searchParams;
  const t = await getTranslations("signIn");
  const address = emailSchema.safeParse(email ?? "");
  const callback = callbackPath.safeParse(callbackUrl || undefined);
  const usable = /^[a-f0-9]{64}$/.test(token ?? "") && address.success;
  return (
    <PublicShell>
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("linkTitle")}</h1>
        {usable ? (
          <>
            <p>{t("linkLead", { email: address.data })}</p>
            <form method="post" action="/api/auth/callback/email">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="email" value={address.data} />
              <input type="hidden" name="callbackUrl" value={(callback.success && callback.data) || ""} />
              <input type="hidden" name="locale" value={locale} />
              <Button type="submit" className="w-full sm:w-auto">{t("linkButton")}</Button>
            </form>
            <p className="text-sm text-muted">{t("linkWhy")}</p>
          </>
        ) : (
          <>
            <Alert tone="error">{t("linkBroken")}</Alert>
            <Link href="/sign-in" className={buttonClass("primary")}>{t("tryAgain")}</Link>
          </>
        )}
      </div>
    </PublicShell>
  );
}
