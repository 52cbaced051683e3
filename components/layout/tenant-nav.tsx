"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

export type NavGroup = "main" | "recruitment" | "year" | "steering" | "settings";

export interface NavItem {
  href: string;
  label: "dashboard" | "campaigns" | "postings" | "applications" | "candidates" | "applicantLists" | "interviews" | "cohorts" | "checkIns" | "outcomes" | "invoices" | "surveys" | "trainees" | "programme" | "apply" | "me" | "members" | "people" | "settings" | "switch";
  group: NavGroup;
}

const GROUPS: NavGroup[] = ["main", "recruitment", "year", "steering", "settings"];

/**
 * The consortium's menu. From 768 px a row of links; below, one "Menu" button that opens the
 * same links in groups (recruitment, trainee year, steering, settings), so a phone shows content
 * first. The button says whether it is open (aria-expanded); Escape closes it and returns focus.
 */
export function TenantNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Following a link closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  const isCurrent = (item: NavItem) => (item.label === "dashboard" ? pathname === item.href : pathname.startsWith(item.href));
  const link = (item: NavItem, className: string) => (
    <Link
      href={item.href}
      aria-current={isCurrent(item) ? "page" : undefined}
      className={`${className} ${isCurrent(item) ? "bg-brand-50 font-semibold text-brand-700" : "hover:bg-slate-100"}`}
    >
      {t(item.label)}
    </Link>
  );
  const groups = GROUPS.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter((g) => g.items.length);
  return (
    <>
      <ul className="hidden flex-wrap gap-1 md:flex">
        {items.map((item) => (
          <li key={item.href}>{link(item, "inline-block rounded px-3 py-2 text-sm")}</li>
        ))}
      </ul>
      <div className="md:hidden" onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className="inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold"
        >
          <span aria-hidden="true">{open ? "✕" : "☰"}</span>
          {t("menu")}
        </button>
        <div id={panelId} hidden={!open} className="mt-2 space-y-3 pb-2">
          {groups.map(({ group, items: groupItems }) => (
            <section key={group} aria-labelledby={`${panelId}-${group}`}>
              <p id={`${panelId}-${group}`} className="px-1 text-xs font-semibold uppercase tracking-wide text-muted">
                {t(`groups.${group}`)}
              </p>
              <ul className="mt-1 grid grid-cols-2 gap-1">
                {groupItems.map((item) => (
                  <li key={item.href}>{link(item, "block rounded px-3 py-2 text-sm")}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
