import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { EmptyState } from "@/components/ui/card";
import { MailText } from "@/components/auth/mail-text";
import { devMailboxEnabled } from "@/lib/env";
import { listDevMailbox } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/** Mail that would have gone out, for developers and e2e tests. Absent in production. */
export default async function DevMailboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ to?: string }>;
}) {
  if (!devMailboxEnabled()) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const { to } = await searchParams;
  const t = await getTranslations("mailbox");
  const emails = await listDevMailbox(to);
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-1 text-muted">{to ? t("filtered", { to }) : t("lead")}</p>
      {emails.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
      <ol className="space-y-4">
        {emails.map((email) => (
          <li key={email.id}>
            <article className="rounded-lg border border-slate-200 bg-white p-4" aria-label={email.subject}>
              <h2 className="font-semibold">{email.subject}</h2>
              <p className="text-sm text-muted">
                {t("meta", { to: email.to, at: formatDateTime(email.createdAt, locale, "Europe/Stockholm") })}
              </p>
              <MailText text={email.text} />
            </article>
          </li>
        ))}
      </ol>
    </PublicShell>
  );
}
