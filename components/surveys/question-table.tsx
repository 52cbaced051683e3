import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { archiveQuestionAction, moveQuestionAction, restoreQuestionAction } from "@/lib/surveys/actions";
import { END_ONLY_KEYS, feedsOutcomes, type Label } from "@/lib/surveys/types";
import { ActionButton } from "../ui/action-button";
import { buttonClass } from "../ui/button";
import { DataTable } from "../ui/data-table";

export interface BankQuestion {
  id: string;
  key: string | null;
  kind: string;
  label: unknown;
  required: boolean;
}

/** A bank's questions in the order they are asked, with edit, move and archive (or restore, when archived). */
export async function QuestionTable({ slug, questions, caption, locale, archived = false }: { slug: string; questions: BankQuestion[]; caption: string; locale: AppLocale; archived?: boolean }) {
  const t = await getTranslations("surveys.bank");
  const kinds = await getTranslations("surveys.bank.kinds");
  const columns = [{ label: t("number"), numeric: true }, { label: t("question") }, { label: t("kind") }, { label: t("use") }, { label: t("actions"), visuallyHidden: true }];
  return (
    <DataTable caption={caption} columns={columns}>
      {questions.map((q, i) => {
        const label = localized(q.label as Label, locale);
        const hidden = <span className="sr-only">{label}</span>;
        return (
          <tr key={q.id} className="border-b border-slate-100 align-top">
            <td className="px-3 py-2 text-right">{i + 1}</td>
            <th scope="row" className="px-3 py-2 text-left font-medium">
              {label}
              {q.required ? <span className="block text-xs font-normal text-muted">{t("required")}</span> : null}
            </th>
            <td className="px-3 py-2">{kinds(q.kind)}</td>
            <td className="px-3 py-2 text-xs">
              {feedsOutcomes(q.key) ? <span className="block">{t("feedsOutcomes")}</span> : null}
              {q.key && END_ONLY_KEYS.includes(q.key) ? <span className="block">{t("endOnly")}</span> : null}
            </td>
            <td className="px-3 py-2">
              <div className="flex flex-wrap items-start gap-2">
                {archived ? (
                  <ActionButton action={restoreQuestionAction} args={[slug, { id: q.id }]}>{t("restore")}{hidden}</ActionButton>
                ) : (
                  <>
                    <Link href={`/c/${slug}/surveys/questions?edit=${q.id}#question-form`} className={buttonClass("secondary")}>
                      {t("edit")}{hidden}
                    </Link>
                    {i > 0 ? <ActionButton action={moveQuestionAction} args={[slug, { id: q.id, direction: "up" }]}>{t("up")}{hidden}</ActionButton> : null}
                    {i < questions.length - 1 ? <ActionButton action={moveQuestionAction} args={[slug, { id: q.id, direction: "down" }]}>{t("down")}{hidden}</ActionButton> : null}
                    {feedsOutcomes(q.key) ? null : (
                      <ActionButton action={archiveQuestionAction} args={[slug, { id: q.id }]} confirm={{ question: t("archiveConfirm", { label }), yes: t("archive") }}>
                        {t("archive")}{hidden}
                      </ActionButton>
                    )}
                  </>
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
