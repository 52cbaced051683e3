import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { TenantNav, type NavItem } from "@/components/layout/tenant-nav";
import { showsApplicantLists } from "@/lib/applicant-lists/actor";
import { requireTenant } from "@/lib/auth/guards";
import { getTenantContext } from "@/lib/auth/tenant-context";
import { countMyMemberships, rememberConsortium } from "@/lib/consortia/service";

/** Every page's title is "<page> · <consortium> · Kohort" (lib/i18n/page-title.ts). */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const ctx = await getTenantContext(slug);
  if (!ctx) return {};
  const app = await getTranslations("app");
  return { title: { template: `%s · ${ctx.consortium.name} · ${app("name")}`, default: ctx.consortium.name } };
}

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenant(slug);
  await rememberConsortium(ctx.user.id, ctx.consortium.id, ctx.user.lastConsortiumId ?? null);
  const roles = await getTranslations("roles");
  const base = `/c/${slug}`;
  const items: NavItem[] = [{ href: base, label: "dashboard", group: "main" }];
  if (ctx.can("campaign.manage")) items.push({ href: `${base}/campaigns`, label: "campaigns", group: "recruitment" });
  if (ctx.can("posting.create")) items.push({ href: `${base}/postings`, label: "postings", group: "recruitment" });
  if (ctx.can("application.move")) items.push({ href: `${base}/applications`, label: "applications", group: "recruitment" });
  if (ctx.can("application.rate")) items.push({ href: `${base}/candidates`, label: "candidates", group: "recruitment" });
  if (ctx.can("applicantList.manage") && showsApplicantLists(ctx)) items.push({ href: `${base}/applicant-lists`, label: "applicantLists", group: "recruitment" });
  if (ctx.can("interview.manage")) items.push({ href: `${base}/interviews`, label: "interviews", group: "recruitment" });
  if (ctx.can("cohort.manage")) items.push({ href: `${base}/cohorts`, label: "cohorts", group: "year" });
  if (ctx.can("checkin.manage")) items.push({ href: `${base}/check-ins`, label: "checkIns", group: "year" });
  if (ctx.can("survey.manage")) items.push({ href: `${base}/surveys`, label: "surveys", group: "year" });
  if (ctx.can("metrics.read")) items.push({ href: `${base}/outcomes`, label: "outcomes", group: "steering" });
  if (ctx.can("fees.read") || ctx.can("invoice.read.own")) items.push({ href: `${base}/invoices`, label: "invoices", group: "steering" });
  if (ctx.can("trainee.read.own")) items.push({ href: `${base}/trainees`, label: "trainees", group: "year" });
  if (ctx.can("trainee.self")) items.push({ href: `${base}/programme`, label: "programme", group: "year" });
  if (ctx.can("application.apply")) items.push({ href: `${base}/me`, label: "me", group: "recruitment" }, { href: `${base}/apply`, label: "apply", group: "recruitment" });
  else if (ctx.can("application.read.own")) items.push({ href: `${base}/me`, label: "me", group: "recruitment" });
  if (ctx.can("member.read")) items.push({ href: `${base}/members`, label: "members", group: "settings" });
  if (ctx.can("people.read")) items.push({ href: `${base}/people`, label: "people", group: "settings" });
  if (ctx.can("consortium.update")) items.push({ href: `${base}/settings`, label: "settings", group: "settings" });
  // The picker is of use to someone in several consortia, or to a coordinator (it creates new ones).
  if (ctx.can("consortium.update") || (await countMyMemberships(ctx.user.id)) > 1) items.push({ href: "/consortia?pick=1", label: "switch", group: "settings" });
  const roleLabel = ctx.membership.employer
    ? `${roles(ctx.membership.role)} · ${ctx.membership.employer.name}`
    : roles(ctx.membership.role);
  return (
    <>
      <AppHeader
        consortium={ctx.consortium}
        roleLabel={roleLabel}
        userEmail={ctx.user.email}
        nav={<TenantNav items={items} />}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
