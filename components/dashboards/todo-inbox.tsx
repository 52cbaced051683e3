import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

export interface TodoItem {
  /** Message key under dashboard.todo.items */
  key: string;
  count: number;
  href: string | { pathname: string; query: Record<string, string> };
}

/**
 * The to-do inbox at the top of a dashboard: each item is a count and a link to the list that
 * shows exactly those items. Items with nothing to do stay, greyed, so the list never jumps.
 */
export async function TodoInbox({ items, locale, lead }: { items: TodoItem[]; locale: AppLocale; lead?: string }) {
  const t = await getTranslations("dashboard.todo");
  const open = items.filter((i) => i.count > 0).length;
  return (
    <section aria-labelledby="todo-title" className="rounded-lg border border-slate-200 bg-brand-50 p-4">
      <h2 id="todo-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-muted">{lead ?? (open ? t("lead", { count: open }) : t("nothing"))}</p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              className={`flex h-full items-baseline gap-3 rounded-md border bg-white p-3 text-sm hover:border-brand-600 focus-visible:outline-2 ${item.count > 0 ? "border-brand-600" : "border-slate-200 text-muted"}`}
            >
              <span className={`text-2xl tabular-nums ${item.count > 0 ? "font-bold text-brand-700" : "font-semibold"}`}>{formatNumber(item.count, locale)}</span>
              <span>{t(`items.${item.key}`, { count: item.count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
