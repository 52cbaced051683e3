import { getTranslations } from "next-intl/server";
import type { Neighbours } from "@/lib/candidates/neighbours";
import { Link } from "@/lib/i18n/navigation";

interface Props {
  slug: string;
  neighbours: Neighbours | null;
  /** The list's query, kept on every link so previous / next and "back" stay in the same filter. */
  query: Record<string, string>;
}

/** Back to the list the candidate was opened from, and previous / next within its filter. */
export async function CandidateNav({ slug, neighbours, query }: Props) {
  const t = await getTranslations("candidate");
  const back = query.list === "review" ? `/c/${slug}/applications` : `/c/${slug}/candidates`;
  const { list: _list, ...listQuery } = query;
  const to = (id: string) => ({ pathname: `/c/${slug}/candidates/${id}`, query });
  return (
    <nav aria-label={t("navLabel")} className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <Link href={{ pathname: back, query: listQuery }} className="text-brand-700 underline">
        {query.list === "review" ? t("backToScreening") : t("backToCandidates")}
      </Link>
      {neighbours ? (
        <>
          {neighbours.previous ? (
            <Link href={to(neighbours.previous)} rel="prev" className="text-brand-700 underline">{t("previous")}</Link>
          ) : (
            <span className="text-muted">{t("previous")}</span>
          )}
          <span>{t("position", { position: neighbours.position, total: neighbours.total })}</span>
          {neighbours.next ? (
            <Link href={to(neighbours.next)} rel="next" className="text-brand-700 underline">{t("next")}</Link>
          ) : (
            <span className="text-muted">{t("next")}</span>
          )}
        </>
      ) : null}
    </nav>
  );
}
