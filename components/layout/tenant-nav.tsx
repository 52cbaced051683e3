"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export interface NavItem {
  href: string;
  label: "dashboard" | "campaigns" | "postings" | "applications" | "candidates" | "interviews" | "cohorts" | "checkIns" | "outcomes" | "invoices" | "surveys" | "trainees" | "programme" | "apply" | "me" | "members" | "people" | "settings" | "switch";
}

export function TenantNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const current = item.label === "dashboard" ? pathname === item.href : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`inline-block rounded px-3 py-2 text-sm ${current ? "bg-brand-50 font-semibold text-brand-700" : "hover:bg-slate-100"}`}
            >
              {t(item.label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
