import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { AcceptInvitation } from "@/components/people/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { findOpenInvitation } from "@/lib/people/accept";

export default async function JoinPage({ params }: { params: Promise<{ locale: string; slug: string; token: string }> }) {
  const { locale, slug, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("join");
  const roles = await getTranslations("roles");
  const [found, user] = await Promise.all([findOpenInvitation(slug, token), getCurrentUser()]);
  if (!found) {
    return (
      <PublicShell>
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p className="mt-3">{t("invalidBody")}</p>
      </PublicShell>
    );
  }
  const { consortium, invitation } = found;
  const here = `/${locale}/join/${slug}/${token}`;
  const role = invitation.employer ? `${roles(invitation.role)} · ${invitation.employer.name}` : roles(invitation.role);
  return (
    <PublicShell>
      <div className="mx-auto max-w-lg space-y-4">
        <h1 className="text-2xl font-bold">{t("title", { consortium: consortium.name })}</h1>
        <p>{t("body", { role })}</p>
        {!user ? (
          <>
            <p>{t("signInFirst", { email: invitation.email })}</p>
            <Link href={{ pathname: "/sign-in", query: { callbackUrl: here, email: invitation.email } }} className={buttonClass("primary")}>
              {t("signIn")}
            </Link>
          </>
        ) : user.email.toLowerCase() !== invitation.email.toLowerCase() ? (
          <Alert tone="error">{t("wrongAccount", { invited: invitation.email, current: user.email })}</Alert>
        ) : (
          <AcceptInvitation slug={slug} token={token} />
        )}
      </div>
    </PublicShell>
  );
}
