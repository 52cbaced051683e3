"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

/** Links to the same page in each language; the current one is marked for screen readers. */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={`rounded px-2 py-1 ${locale === current ? "bg-slate-200 font-semibold" : "hover:underline"}`}
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
