import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { findPublicConsortium } from "@/lib/careers/service";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ from?: string; account?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountDeleted");
  return { title: t("title"), robots: { index: false } };
}

/**
 * Where deleting one's data ends (components/applications/delete-my-data.tsx): it says what went,
 * and whether the sign-in account went too or stays for the person's other consortia.
 */
export default async function AccountDeletedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { from, account } = await searchParams;
  const t = await getTranslations("accountDeleted");
  const consortium = from && /^[a-z0-9-]{3,40}$/.test(from) ? await findPublicConsortium(from) : null;
  const accountGone = account === "1";
  return (
    <PublicShell>
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Alert tone="success">{consortium ? t("dataIn", { consortium: consortium.name }) : t("data")}</Alert>
        <p>{accountGone ? t("accountGone") : t("accountKept")}</p>
        <div className="flex flex-wrap gap-3">
          {accountGone ? null : <Link href="/consortia" className={buttonClass("primary")}>{t("myConsortia")}</Link>}
          {consortium ? (
            <Link href={`/c/${consortium.slug}/jobs`} className={buttonClass(accountGone ? "primary" : "secondary")}>
              {t("careerPage", { consortium: consortium.name })}
            </Link>
          ) : null}
        </div>
      </div>
    </PublicShell>
  );
}
