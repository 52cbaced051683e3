import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isLocale } from "./routing";

/**
 * A page's `generateMetadata`: its title from the catalog. The consortium layout's template adds
 * " · <consortium> · Kohort", so every signed-in page is told apart in tabs and by screen readers
 * (WCAG 2.4.2).
 */
export function pageTitle(namespace: string, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale: isLocale(locale) ? locale : "sv", namespace });
    return { title: t(key) };
  };
}
