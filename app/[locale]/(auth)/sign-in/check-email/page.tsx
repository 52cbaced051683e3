import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { callbackPath } from "@/lib/auth/schemas";
import { devMailboxEnabled } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { email as emailSchema } from "@/lib/validation";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ email?: string; callbackUrl?: string; error?: string }>;
};

/** Errors the code form comes back with (lib/auth/email-callback.ts), by message key. */
const CODE_ERRORS: Record<string, string> = {
  codeInvalid: "signIn.codeInvalid",
  codeFormat: "signIn.codeFormat",
  rateLimited: "errors.rateLimited",
  email: "validation.email",
};

/**
 * After asking for a sign-in mail: open its link, or type its six-digit code here. The code form
 * is a plain POST (works without JavaScript) to the same callback as the link page's button.
 */
export default async function CheckEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email, callbackUrl, error } = await searchParams;
  const t = await getTranslations("signIn");
  const all = await getTranslations();
  const address = emailSchema.safeParse(email ?? "");
  const callback = callbackPath.safeParse(callbackUrl || undefined);
  const codeError = error && CODE_ERRORS[error] ? all(CODE_ERRORS[error]) : undefined;
  return (
    <PublicShell>
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("checkTitle")}</h1>
        <p>{address.success ? t("checkBodyTo", { email: address.data }) : t("checkBody")}</p>
        <p className="text-sm text-muted">{t("checkExpiry")}</p>
        <section aria-labelledby="code-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="code-heading" className="text-lg font-semibold">{t("codeTitle")}</h2>
          <form method="post" action="/api/auth/callback/email" noValidate className="mt-3 space-y-3">
            {address.success ? (
              <input type="hidden" name="email" value={address.data} />
            ) : (
              <Field id="sign-in-email" label={t("email")} error={error === "email" ? codeError : undefined}>
                {(c) => <input type="email" name="email" autoComplete="email" defaultValue={email ?? ""} {...c} />}
              </Field>
            )}
            <input type="hidden" name="callbackUrl" value={(callback.success && callback.data) || ""} />
            <input type="hidden" name="locale" value={locale} />
            <Field id="sign-in-code" label={t("codeLabel")} hint={t("codeHint")} error={error === "email" ? undefined : codeError}>
              {(c) => (
                <input
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={9}
                  autoFocus={Boolean(codeError)}
                  {...c}
                  className={`${c.className} max-w-48 font-mono text-xl tracking-widest`}
                />
              )}
            </Field>
            <Button type="submit">{t("codeSubmit")}</Button>
          </form>
        </section>
        {devMailboxEnabled() ? (
          <p>
            <Link href={{ pathname: "/dev/mailbox", query: address.success ? { to: address.data } : {} }} className="text-brand-700 underline">
              {t("openDevMailbox")}
            </Link>
          </p>
        ) : null}
        <p>
          <Link href={{ pathname: "/sign-in", query: callback.success && callback.data ? { callbackUrl: callback.data } : {} }} className="text-brand-700 underline">
            {t("tryAgain")}
          </Link>
        </p>
      </div>
    </PublicShell>
  );
}
