import { defineRouting } from "next-intl/routing";

export const locales = ["sv", "nb", "en"] as const;
export type AppLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "sv",
  localePrefix: "always",
  localeCookie: { name: "KOHORT_LOCALE", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
});

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
