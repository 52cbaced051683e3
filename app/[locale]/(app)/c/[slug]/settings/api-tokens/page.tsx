import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { listApiTokens } from "@/lib/api-tokens/service";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { pageTitle } from "@/lib/i18n/page-title";

/** Read-only API tokens for a region's BI tool: create (shown once), see last use, revoke. */
export const generateMetadata = pageTitle("pageTitles", "apiTokens");

export default async function ApiTokensPage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "apiToken.manage");
  const t = await getTranslations("apiTokens");
  const tokens = await scoped(ctx, (tx) => listApiTokens(tx, ctx.consortium.id));
  const when = (date: Date | null) => (date ? formatDateTime(date, locale, ctx.consortium.timeZone) : t("list.never"));
  const example = `curl -H "Authorization: Bearer …" ${env.APP_URL}/api/c/${slug}/metrics`;
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      <Card title={t("form.title")}>
        <CreateTokenForm slug={slug} />
      </Card>
      <section className="mt-6" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="mb-3 text-lg font-semibold">{t("list.title")}</h2>
        {tokens.length === 0 ? (
          <p className="text-sm">{t("list.empty")}</p>
        ) : (
          <DataTable
            caption={t("list.title")}
            columns={[{ label: t("list.name") }, { label: t("list.endsWith") }, { label: t("list.figures") }, { label: t("list.created") }, { label: t("list.lastUsed") }, { label: t("list.status") }, { label: t("list.actions"), visuallyHidden: true }]}
          >
            {tokens.map((token) => (
              <tr key={token.id} className="border-b border-slate-100 last:border-0">
                <td className="px-3 py-2 font-medium">{token.name}</td>
                <td className="px-3 py-2 font-mono">…{token.lastFour}</td>
                <td className="px-3 py-2">{token.exact ? t("list.exact") : t("list.masked")}</td>
                <td className="px-3 py-2">{when(token.createdAt)}</td>
                <td className="px-3 py-2">{when(token.lastUsedAt)}</td>
                <td className="px-3 py-2">{token.revokedAt ? t("list.revokedAt", { date: when(token.revokedAt) }) : t("list.active")}</td>
                <td className="px-3 py-2">
                  {token.revokedAt ? null : (
                    <ActionButton
                      action={revokeApiTokenAction}
                      args={[slug, { id: token.id }]}
                      variant="danger"
                      confirm={{ question: t("list.confirm", { name: token.name }), yes: t("list.revoke") }}
                    >
                      {t("list.revokeNamed", { name: token.name })}
                    </ActionButton>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <div className="mt-6">
        <Card title={t("usage.title")}>
          <p className="mb-2 max-w-2xl text-sm">{t("usage.lead")}</p>
          <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-100 p-3 text-sm"><code>{example}</code></pre>
        </Card>
      </div>
    </>
  );
}
