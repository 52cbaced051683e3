import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateConsortiumForm } from "@/components/consortia/create-consortium-form";
import { PageHeader } from "@/components/ui/page-header";

export default async function NewConsortiumPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("consortia");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newLead")} />
      <CreateConsortiumForm />
    </>
  );
}
