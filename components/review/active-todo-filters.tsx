import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ReviewFilters } from "@/lib/review/schemas";

interface Props {
  filters: ReviewFilters;
  /** The posting's title when the list is one posting's applicants. */
  postingTitle?: string | null;
  pathname: string;
  query: Record<string, string | undefined>;
  locale: AppLocale;
  timeZone: string;
}

/** Says which of the inbox's filters narrow the list, each with a link that removes it. */
export async function ActiveTodoFilters({ filters, postingTitle, pathname, query, locale, timeZone }: Props) {
  const t = await getTranslations("review.todoFilters");
  const without = (...keys: string[]) => ({
    pathname,
    query: Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && !keys.includes(e[0]) && e[0] !== "page")),
  });
  const chips = [
    filters.since ? { key: "since", text: t("since", { at: formatDateTime(filters.since, locale, timeZone) }) } : null,
    filters.unrated ? { key: "unrated", text: t("unrated") } : null,
    filters.unbooked ? { key: "unbooked", text: t("unbooked") } : null,
    filters.postingId ? { key: "posting", text: t("posting", { title: postingTitle ?? "–" }) } : null,
  ].filter((c): c is { key: string; text: string } => c !== null);
  if (chips.length === 0) return null;
  return (
    <ul aria-label={t("label")} className="mb-4 flex flex-wrap gap-2 text-sm">
      {chips.map((chip) => (
        <li key={chip.key} className="flex items-center gap-2 rounded-full border border-brand-600 bg-brand-50 px-3 py-1">
          <span>{chip.text}</span>
          <Link href={without(chip.key)} className="text-brand-700 underline">
            {t("remove")}
            <span className="sr-only"> {chip.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
