"use client";

import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

/** Links to the same page in each language; the current one is marked for screen readers. */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const current = useLocale();
  const pathname = usePathname();
  // The query goes along: switching language on the sign-in page keeps where sign-in returns to.
  const query = Object.fromEntries(useSearchParams());
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={{ pathname, query }}
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
