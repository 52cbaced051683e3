import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmployerForm } from "@/components/members/employer-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("pageTitles", "newMember");

export default async function NewMemberPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireTenant(slug, "member.manage");
  const t = await getTranslations("members");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <EmployerForm slug={slug} />
    </>
  );
}
