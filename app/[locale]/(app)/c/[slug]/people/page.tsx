import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteForm } from "@/components/people/invite-form";
import { MembershipActions } from "@/components/people/membership-actions";
import { RevokeInvitationButton } from "@/components/people/revoke-invitation-button";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { isStaff } from "@/lib/auth/permissions";
import { scoped } from "@/lib/auth/tenant-context";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { listEmployers } from "@/lib/members/service";
import { listPeople } from "@/lib/people/service";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "people");

export default async function PeoplePage({ params }: { params: Promise<{ locale: AppLocale; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "people.read");
  const id = ctx.consortium.id;
  const [[memberships, invitations], employers] = await scoped(ctx, (tx) =>
    Promise.all([listPeople(tx, id), listEmployers(tx, id)]),
  );
  // Alphabetical, whatever their status: the members list groups by status, a picker should not.
  const employerOptions = employers
    .filter((e) => e.status !== "LEFT")
    .map((e) => ({ id: e.id, name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.consortium.defaultLocale));
  const t = await getTranslations("people");
  const roles = await getTranslations("roles");
  const staff = memberships.filter((m) => isStaff(m.role));
  return (
    <>
      <PageHeader title={t("title")} description={t("lead")} />
      <div className="space-y-6">
        <Card title={t("invite.title")}>
          <InviteForm slug={slug} employers={employerOptions} defaultLocale={ctx.consortium.defaultLocale} />
        </Card>
        <Card title={t("pendingTitle")}>
          {invitations.length === 0 ? (
            <EmptyState>{t("noPending")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {invitations.map((inv) => (
                <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="font-medium">{inv.email}</span> · {roles(inv.role)}
                    {inv.employer ? ` · ${inv.employer.name}` : ""}
                    <span className="block text-muted">{t("expires", { date: formatDate(inv.expiresAt, locale) })}</span>
                  </span>
                  <RevokeInvitationButton slug={slug} invitationId={inv.id} email={inv.email} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("membersTitle")}>
          <ul className="divide-y divide-slate-100">
            {staff.map((m) => {
              const label = m.user.name ?? m.user.email;
              return (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
                  <span>
                    <span className="font-medium">{label}</span>
                    <span className="block text-muted">
                      {m.user.email} · {roles(m.role)}
                      {m.employer ? ` · ${m.employer.name}` : ""}
                    </span>
                  </span>
                  {isStaff(m.role) ? (
                    <MembershipActions
                      slug={slug}
                      membershipId={m.id}
                      personLabel={label}
                      role={m.role}
                      employerId={m.employerId}
                      employers={employerOptions}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-xs text-muted">{t("applicantsNote", { count: memberships.length - staff.length })}</p>
        </Card>
      </div>
    </>
  );
}
