import { getTranslations } from "next-intl/server";
import { filterQuery } from "@/lib/review/schemas";
import type { AppLocale } from "@/lib/i18n/routing";
import type { listBoard } from "@/lib/review/board";
import { ApplicationBoard } from "./application-board";
import { ratingText } from "./rating-text";

interface Props {
  slug: string;
  locale: AppLocale;
  board: Awaited<ReturnType<typeof listBoard>>;
  /** The applications page and its current query, for each full column's "show in table" link. */
  pathname: string;
  query: Record<string, string | undefined>;
  /** The filter each card's candidate page keeps, for its previous / next. */
  linkQuery: Record<string, string>;
}

/** The board's columns in the coordinator's language; anonymised cards say "Applicant N" as the table does. */
export async function ReviewBoard({ slug, locale, board, pathname, query, linkQuery }: Props) {
  const t = await getTranslations("review");
  const stages = await getTranslations("stages");
  const kept = filterQuery(query);
  return (
    <ApplicationBoard
      slug={slug}
      label={t("board")}
      columns={board.columns.map((column) => ({
        stage: column.stage,
        title: stages(column.stage),
        count: t("columnCount", { count: column.count }),
        cards: column.cards.map((a) => ({
          id: a.id,
          label: a.name ?? t("anonymous", { number: a.number ?? 0 }),
          href: { pathname: `/c/${slug}/candidates/${a.id}`, query: linkQuery },
          firstChoice: a.firstChoice,
          rating: ratingText(a, locale),
          movable: !["OFFER", "HIRED", "WITHDRAWN"].includes(a.stage),
        })),
        ...(column.count > column.cards.length
          ? { moreHref: { pathname, query: { ...kept, stage: column.stage } }, moreLabel: t("showInTable", { count: column.count }) }
          : {}),
      }))}
    />
  );
}
