import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { DEFAULT_PREVIEW_IMAGE } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";

/**
 * What client components outside the signed-in areas need: the public pages (read by thousands)
 * then carry a few hundred bytes of messages instead of the whole catalog. The signed-in areas'
 * group layouts hand their client components the whole catalog.
 */
const PUBLIC_NAMESPACES = ["app", "language", "errorPage", "errors", "unavailable"];

function pick(messages: Record<string, unknown>, namespaces: string[]) {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}

// Every page is rendered per request: the CSP nonce (proxy.ts) must reach Next's own scripts.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "sv", namespace: "app" });
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // Static files of public/ (scripts/make-public-assets.ts draws them from public/icon.svg).
    icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
    manifest: "/manifest.webmanifest",
    openGraph: { images: [DEFAULT_PREVIEW_IMAGE] },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "app" });
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={pick(await getMessages(), PUBLIC_NAMESPACES)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
