import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/outcomes/print-button";
import { buttonClass } from "@/components/ui/button";
import type { ListKind } from "@/lib/applicant-lists/csv";
import type { PublishedList } from "@/lib/applicant-lists/lists";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { ListDocument } from "./list-document";

/**
 * A published list's page: a toolbar in the reader's language (back, print or save as PDF, CSV)
 * and the list itself in the consortium's, as the board report does (decision 0052).
 */
export async function ListPrintPage({ list, kind, back, csvHref, locale, consortium }: {
  list: PublishedList;
  kind: ListKind;
  back: { href: string; label: string };
  csvHref?: string;
  locale: AppLocale;
  consortium: { defaultLocale: AppLocale; timeZone: string };
}) {
  const ui = await getTranslations({ locale, namespace: "applicantLists.document" });
  const listLocale = consortium.defaultLocale;
  const t = await getTranslations({ locale: listLocale, namespace: "applicantLists.document" });
  const level = await getTranslations({ locale: listLocale, namespace: "options.educationLevel" });
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={back.href} className={buttonClass("secondary")}>{back.label}</Link>
        <div className="flex flex-wrap items-center gap-3">
          {listLocale !== locale ? <p className="text-sm text-muted">{ui("languageNote")}</p> : null}
          {csvHref ? <a href={csvHref} className={buttonClass("secondary")} download>{ui("downloadCsv")}</a> : null}
          <PrintButton label={ui("print")} />
        </div>
      </div>
      <ListDocument list={list} kind={kind} t={t} level={level} locale={listLocale} timeZone={consortium.timeZone} />
    </>
  );
}
