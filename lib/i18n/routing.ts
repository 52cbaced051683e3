import { defineRouting } from "next-intl/routing";

export const locales = ["sv", "nb", "en"] as const;
export type AppLocale = (typeof locales)[number];

/** Remembers the language for unprefixed URLs; never sent with a cacheable page (lib/server/page-cache.ts). */
export const LOCALE_COOKIE = "KOHORT_LOCALE";

export const routing = defineRouting({
  locales,
  defaultLocale: "sv",
  localePrefix: "always",
  localeCookie: { name: LOCALE_COOKIE, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
});

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
