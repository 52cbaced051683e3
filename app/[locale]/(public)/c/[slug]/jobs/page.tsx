import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BeforeYouApply } from "@/components/careers/before-you-apply";
import { JobFilters } from "@/components/careers/job-filters";
import { EmptyState } from "@/components/ui/card";
import { findPublicConsortium, listOpenPostings, parseCareerFilters } from "@/lib/careers/service";
import { formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_PREVIEW_IMAGE } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const consortium = await findPublicConsortium(slug);
  const t = await getTranslations("careers");
  if (!consortium) return {};
  const title = t("title", { consortium: consortium.name });
  return { title, description: t("lead", { consortium: consortium.name }), openGraph: { title, type: "website", images: [DEFAULT_PREVIEW_IMAGE] } };
}

export default async function CareerPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const consortium = await findPublicConsortium(slug);
  if (!consortium) notFound();
  const filters = parseCareerFilters(await searchParams);
  const { postings, fields, municipalities } = await listOpenPostings(consortium.id, filters);
  const t = await getTranslations("careers");
  const levels = await getTranslations("options.educationLevel");
  const filtered = Boolean(filters.field || filters.municipality || filters.educationLevel);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title", { consortium: consortium.name })}</h1>
      <p className="mb-6 mt-2 max-w-3xl text-muted">{t("lead", { consortium: consortium.name })}</p>
      <div className="mb-6 max-w-3xl">
        <BeforeYouApply />
      </div>
      <JobFilters action={`/${locale}/c/${slug}/jobs`} filters={filters} fields={fields} municipalities={municipalities} />
      <p className="mb-3 text-sm" role="status">{t("count", { count: postings.length })}</p>
      {postings.length === 0 ? (
        <EmptyState>{filtered ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {postings.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/c/${slug}/jobs/${p.id}`} className="text-brand-700 underline">{p.title}</Link>
              </h2>
              <p className="text-sm">{p.employer.name} · {p.municipality}</p>
              <p className="text-sm text-muted">{`${p.field} · ${levels(p.educationLevel)}`}</p>
              <p className="mt-2 text-sm">{t("deadline", { date: formatDateTime(p.campaign.closesAt, locale, consortium.timeZone) })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
