import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmployerForm } from "@/components/members/employer-form";
import { LogoUpload } from "@/components/members/logo-upload";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { logoSrc } from "@/lib/members/logo-rules";
import { getEmployer } from "@/lib/members/service";
import { orNull } from "@/lib/server/errors";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "member");

export default async function EditMemberPage({ params }: { params: Promise<{ locale: string; slug: string; employerId: string }> }) {
  const { locale, slug, employerId } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "member.manage");
  const employer = await orNull(scoped(ctx, (tx) => getEmployer(tx, ctx.consortium.id, employerId)));
  if (!employer) notFound();
  const t = await getTranslations("members");
  return (
    <>
      <PageHeader title={t("editTitle", { name: employer.name })} />
      <EmployerForm
        slug={slug}
        employerId={employer.id}
        defaults={{
          name: employer.name,
          orgNumber: employer.orgNumber ?? "",
          sector: employer.sector,
          // Employers known only from imported history have no size or place yet: the form asks.
          sizeBand: employer.sizeBand ?? undefined,
          municipality: employer.municipality ?? "",
          website: employer.website ?? "",
          about: employer.about ?? "",
          memberSince: employer.memberSince.toISOString().slice(0, 10),
          status: employer.status,
        }}
      />
      <div className="mt-8 max-w-3xl">
        <Card title={t("logo.title")}>
          <LogoUpload slug={slug} employerId={employer.id} current={logoSrc(slug, employer)} />
        </Card>
      </div>
    </>
  );
}
