import { getTranslations, setRequestLocale } from "next-intl/server";
import { QuestionForm } from "@/components/surveys/question-form";
import { QuestionTable } from "@/components/surveys/question-table";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenant } from "@/lib/auth/guards";
import { scoped } from "@/lib/auth/tenant-context";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listQuestions } from "@/lib/surveys/bank";
import { AUDIENCES, type ChoiceOption, type Label } from "@/lib/surveys/types";
import { pageTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ edit?: string }> };

/** The consortium's question bank for trainees and employers: ready-made questions and its own. */
export const generateMetadata = pageTitle("pageTitles", "questionBank");

export default async function QuestionBankPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const ctx = await requireTenant(slug, "survey.manage");
  const { edit } = await searchParams;
  const t = await getTranslations("surveys.bank");
  const questions = await scoped(ctx, (tx) => listQuestions(tx, ctx.consortium.id));
  const editing = questions.find((q) => q.id === edit && !q.archivedAt);
  const archived = questions.filter((q) => q.archivedAt);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("lead")}
        action={<Link href={`/c/${slug}/surveys`} className="text-sm font-semibold text-brand-700 underline">{t("back")}</Link>}
      />
      <div className="space-y-6">
        {AUDIENCES.map((audience) => {
          const active = questions.filter((q) => q.audience === audience && !q.archivedAt);
          return (
            <Card key={audience} title={t(`audiences.${audience}`)}>
              {active.length === 0 ? (
                <EmptyState>{t("empty")}</EmptyState>
              ) : (
                <QuestionTable slug={slug} questions={active} caption={t(`caption.${audience}`)} locale={locale} />
              )}
            </Card>
          );
        })}
        <section id="question-form" aria-labelledby="question-form-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="question-form-title" className="mb-3 text-lg font-semibold">{editing ? t("editTitle") : t("newTitle")}</h2>
          {editing ? (
            <QuestionForm
              key={editing.id}
              slug={slug}
              fixedOptions={Boolean(editing.key)}
              question={{
                id: editing.id,
                kind: editing.kind,
                label: editing.label as Label,
                required: editing.required,
                options: editing.options as unknown as ChoiceOption[],
              }}
            />
          ) : (
            <QuestionForm slug={slug} />
          )}
        </section>
        {archived.length ? (
          <Card title={t("archivedTitle")}>
            <p className="mb-3 text-sm text-muted">{t("archivedLead")}</p>
            <QuestionTable slug={slug} questions={archived} caption={t("archivedTitle")} locale={locale} archived />
          </Card>
        ) : null}
      </div>
    </>
  );
}
