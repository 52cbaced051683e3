import { getTranslations } from "next-intl/server";
import { filterQuery } from "@/lib/review/schemas";
import { Link } from "@/lib/i18n/navigation";

interface Props {
  pathname: string;
  /** The current query; the filters go along, the page number and view do not. */
  query: Record<string, string | undefined>;
  view: "table" | "board";
}

/** Table | Board, as links, so switching keeps the filters and works without JavaScript. */
export async function ViewSwitch({ pathname, query, view }: Props) {
  const t = await getTranslations("review");
  const kept = filterQuery(query);
  const views = [
    { view: "table", label: t("viewTable"), query: kept },
    { view: "board", label: t("viewBoard"), query: { ...kept, view: "board" } },
  ] as const;
  return (
    <nav aria-label={t("views")} className="mb-4 flex gap-1 text-sm">
      {views.map((v) => (
        <Link
          key={v.view}
          href={{ pathname, query: v.query }}
          aria-current={v.view === view ? "page" : undefined}
          className={`rounded-md border px-3 py-1 ${v.view === view ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-400 bg-white text-brand-700"}`}
        >
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
