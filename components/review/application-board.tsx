"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { moveApplicationsAction } from "@/lib/review/actions";
import { MOVABLE_STAGES } from "@/lib/review/schemas";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export interface BoardCard {
  id: string;
  label: string;
  /** The candidate page, with the board's filter for its previous / next. */
  href: { pathname: string; query: Record<string, string> };
  firstChoice: string | null;
  rating: string | null;
  /** Offers, hires and withdrawals have their own steps; the board does not move them. */
  movable: boolean;
}

export interface BoardColumn {
  stage: string;
  title: string;
  count: string;
  cards: BoardCard[];
  /** Set when the column has more applications than cards: the table filtered to this stage. */
  moreHref?: { pathname: string; query: Record<string, string> };
  moreLabel?: string;
}

type Stage = (typeof MOVABLE_STAGES)[number];

/**
 * One column per stage. Each card moves with a select and a button, so the board works with the
 * keyboard and a screen reader; there is no drag-and-drop to depend on.
 */
export function ApplicationBoard({ slug, label, columns }: { slug: string; label: string; columns: BoardColumn[] }) {
  const t = useTranslations("review");
  const stages = useTranslations("stages");
  const errors = useTranslations("errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const move = (card: BoardCard, stage: Stage) =>
    startTransition(async () => {
      const result = await moveApplicationsAction(slug, { applicationIds: [card.id], stage });
      if (!result.ok) return setMessage({ tone: "error", text: errors(result.error) });
      setMessage({ tone: "success", text: t("movedOne", { applicant: card.label, stage: stages(stage) }) });
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {/* Columns wrap onto new rows rather than off the side: every stage is in view on a desktop, and a phone stacks them. */}
      <div role="region" aria-label={label} className="pb-2">
        <ol className="grid gap-3 [grid-template-columns:repeat(auto-fill,minmax(13rem,1fr))]">
          {columns.map((column) => (
            <li key={column.stage} className="min-w-0 rounded-lg border border-slate-200 bg-slate-50 p-2">
              <section aria-labelledby={`board-${column.stage}`}>
                <h2 id={`board-${column.stage}`} className="px-1 text-sm font-semibold">
                  {column.title} <span className="font-normal text-muted">({column.count})</span>
                </h2>
                <ul className="mt-2 space-y-2">
                  {column.cards.map((card) => (
                    <li key={card.id}>
                      <BoardCardView card={card} stage={column.stage} disabled={pending} onMove={(stage) => move(card, stage)} />
                    </li>
                  ))}
                </ul>
                {column.moreHref ? (
                  <Link href={column.moreHref} className="mt-2 block px-1 text-sm text-brand-700 underline">
                    {column.moreLabel}
                  </Link>
                ) : null}
              </section>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function BoardCardView({ card, stage, disabled, onMove }: { card: BoardCard; stage: string; disabled: boolean; onMove: (stage: Stage) => void }) {
  const t = useTranslations("review");
  const stages = useTranslations("stages");
  const targets = MOVABLE_STAGES.filter((s) => s !== stage);
  // The next step forward is the likely move, so it is chosen already: Tab, Tab, Enter.
  const next = targets.find((s) => MOVABLE_STAGES.indexOf(s) > MOVABLE_STAGES.indexOf(stage as Stage));
  const [target, setTarget] = useState<Stage>(next ?? targets[0]);
  const selectId = `move-${card.id}`;
  return (
    <article className="rounded-md border border-slate-200 bg-white p-2 text-sm shadow-sm">
      <h3 className="font-medium">
        <Link href={card.href} className="text-brand-700 underline">
          {card.label}
        </Link>
      </h3>
      {card.firstChoice ? <p className="text-xs">{card.firstChoice}</p> : null}
      <p className="text-xs text-muted">{card.rating ? t("ratingOf", { rating: card.rating }) : t("noRating")}</p>
      {card.movable ? (
        <div className="mt-2 flex items-end gap-1">
          <label htmlFor={selectId} className="sr-only">
            {t("moveCard", { applicant: card.label })}
          </label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value as Stage)} className="min-w-0 flex-1 rounded border border-slate-400 px-1 py-1 text-xs">
            {targets.map((s) => (
              <option key={s} value={s}>
                {stages(s)}
              </option>
            ))}
          </select>
          <Button variant="secondary" className="px-2 py-1 text-xs" disabled={disabled} onClick={() => onMove(target)}>
            {t("moveOne")}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
