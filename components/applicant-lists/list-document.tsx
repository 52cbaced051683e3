import "./list-print.css";
import type { ListKind } from "@/lib/applicant-lists/csv";
import { genderLines } from "@/lib/applicant-lists/csv";
import type { PublishedList } from "@/lib/applicant-lists/lists";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * A published applicant list as a print-ready document, in the consortium's language (`t`,
 * `locale`): the heading, the legal basis, the table and — on the public list — the number of
 * applicants and their gender, which the law requires whoever is exempted (offentleglova § 25).
 */
export function ListDocument({ list, kind, t, level, locale, timeZone }: {
  list: PublishedList;
  kind: ListKind;
  t: T;
  /** Education levels in the same language. */
  level: T;
  locale: AppLocale;
  timeZone: string;
}) {
  const title = t(kind === "public" ? "publicTitle" : "extendedTitle");
  const dash = (value: string | number | null) => (value === null || value === "" ? "–" : value);
  const columns = [t("number"), t("name"), t("age"), t("position"), t("municipality"), ...(kind === "extended" ? [t("education"), t("experience")] : [])];
  return (
    <article lang={locale} className="applicant-list space-y-4 bg-white">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-sm">{t(kind === "public" ? "publicBasis" : "extendedBasis")}</p>
        <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <li>{t("posting", { title: list.heading.title })}</li>
          <li>{t("employer", { employer: list.heading.employer })}</li>
          <li>{t("deadline", { date: formatDateTime(new Date(list.heading.closesAt), locale, timeZone) })}</li>
          <li>{t("published", { date: formatDateTime(list.publishedAt, locale, timeZone) })}</li>
        </ul>
      </div>
      {list.erasedAt ? <p className="rounded-md border border-slate-300 p-3 text-sm">{t("erased", { date: formatDate(list.erasedAt, locale) })}</p> : null}
      <div role="region" aria-label={title} tabIndex={0} className="overflow-x-auto print:overflow-visible">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700 text-left">
              {columns.map((c) => <th key={c} scope="col" className="py-1 pr-3 align-bottom">{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {kind === "public"
              ? list.publicRows.map((r, i) => (
                  <tr key={i} className="border-b border-slate-200 align-top">
                    <td className="py-1 pr-3">{i + 1}</td>
                    {"exempted" in r ? (
                      <td colSpan={4} className="py-1 pr-3 italic">{t("exempted")}</td>
                    ) : (
                      <>
                        <td className="py-1 pr-3">{r.name}</td>
                        <td className="py-1 pr-3">{dash(r.age)}</td>
                        <td className="py-1 pr-3">{dash(r.position)}</td>
                        <td className="py-1 pr-3">{dash(r.municipality)}</td>
                      </>
                    )}
                  </tr>
                ))
              : list.extendedRows.map((r, i) => (
                  <tr key={i} className="border-b border-slate-200 align-top">
                    <td className="py-1 pr-3">{i + 1}</td>
                    <td className="py-1 pr-3">{r.name}</td>
                    <td className="py-1 pr-3">{dash(r.age)}</td>
                    <td className="py-1 pr-3">{dash(r.position)}</td>
                    <td className="py-1 pr-3">{dash(r.municipality)}</td>
                    <td className="py-1 pr-3">{t("educationLine", { level: level(r.education.level), field: r.education.field, university: r.education.university, year: r.education.graduationYear })}</td>
                    <td className="whitespace-pre-wrap py-1 pr-3">{dash(r.experience)}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      </div>
      <section aria-label={t("summary")}>
        <ul className="text-sm">
          {genderLines(list, t).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </section>
    </article>
  );
}
